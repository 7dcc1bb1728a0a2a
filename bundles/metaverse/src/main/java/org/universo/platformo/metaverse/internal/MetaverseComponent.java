package org.universo.platformo.metaverse.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.UserDirectory;
import org.universo.platformo.metaverse.internal.store.DraftEntity;
import org.universo.platformo.metaverse.internal.store.LinkEntity;
import org.universo.platformo.metaverse.internal.store.ListedSpaceEntity;
import org.universo.platformo.metaverse.internal.store.MetaverseEntity;
import org.universo.platformo.metaverse.internal.store.MetaverseMemberEntity;
import org.universo.platformo.metaverse.internal.store.SpaceEntity;
import org.universo.platformo.metaverse.internal.store.UnikEntity;
import org.universo.platformo.metaverse.internal.store.UnikMemberEntity;
import org.universo.platformo.metaverse.internal.store.VersionEntity;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.updl.GraphLimits;
import org.universo.platformo.updl.GraphValidator;
import org.universo.platformo.updl.UpstreamCanvasFormat;
import org.universo.platformo.updl.link.LinkResolver;
import org.universo.platformo.updl.link.ResolveOptions;

/** Owns the metaverse schema and unit, and the services the REST resources call. */
@Component(service = MetaverseComponent.class, configurationPid = MetaverseComponent.PID)
@Designate(ocd = MetaverseComponent.Config.class)
public final class MetaverseComponent {
    static final String PID = "org.universo.platformo.metaverse";

    @ObjectClassDefinition(name = "Universo Platformo worlds", description = "Limits of space graphs and their links.")
    public @interface Config {
        @AttributeDefinition(name = "Canvases per space", min = "1")
        int graph_max_canvases() default 32;

        @AttributeDefinition(name = "Nodes per canvas", min = "1")
        int graph_max_nodes() default 5000;

        @AttributeDefinition(name = "Edges per canvas", min = "1")
        int graph_max_edges() default 20000;

        @AttributeDefinition(name = "Diagram shapes per canvas", min = "1")
        int graph_max_shapes() default 5000;

        @AttributeDefinition(name = "Bytes of data per node", min = "1")
        int graph_max_node_data_bytes() default 65536;

        @AttributeDefinition(name = "Link nesting depth", min = "0")
        int links_max_depth() default 8;

        @AttributeDefinition(name = "Spaces included through links", min = "1")
        int links_max_spaces() default 256;
    }

    static final List<Class<?>> ENTITIES = List.of(MetaverseEntity.class, MetaverseMemberEntity.class, LinkEntity.class,
            UnikEntity.class, UnikMemberEntity.class, SpaceEntity.class, ListedSpaceEntity.class, DraftEntity.class,
            VersionEntity.class);

    private final JpaUnit unit;
    private final UserDirectory users;
    final Metaverses metaverses;
    final Uniks uniks;
    final Spaces spaces;
    final SpaceContent content;
    final SpaceVersions versions;
    final CanvasTransfer canvases;

    @Activate
    public MetaverseComponent(@Reference Database db, @Reference UserDirectory users,
            @Reference GraphValidator validator, @Reference LinkResolver resolver,
            @Reference UpstreamCanvasFormat upstream, Config config) {
        db.migrate("metaverse", MetaverseComponent.class);
        this.unit = db.openUnit("metaverse", ENTITIES);
        this.users = users;
        this.metaverses = new Metaverses(unit);
        this.uniks = new Uniks(unit);
        this.spaces = new Spaces(unit, uniks, metaverses);
        JsonText json = new JsonText();
        GraphRules rules = new GraphRules(validator, resolver, limits(config),
                new ResolveOptions(config.links_max_depth(), config.links_max_spaces()), uniks, metaverses, json);
        this.content = new SpaceContent(unit, spaces, rules, json);
        this.versions = new SpaceVersions(unit, spaces, content, rules, json);
        this.canvases = new CanvasTransfer(unit, spaces, content, upstream);
    }

    private static GraphLimits limits(Config c) {
        return new GraphLimits(c.graph_max_canvases(), c.graph_max_nodes(), c.graph_max_edges(),
                c.graph_max_node_data_bytes(), c.graph_max_shapes());
    }

    @Deactivate
    void deactivate() {
        unit.close();
    }

    /** Members must be existing accounts. */
    void requireUser(String userId) {
        if (users.find(userId).isEmpty()) {
            throw ApiException.notFound("user");
        }
    }
}
