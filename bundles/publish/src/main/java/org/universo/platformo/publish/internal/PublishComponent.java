package org.universo.platformo.publish.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.ecs.WorldAccess;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.UserDirectory;
import org.universo.platformo.metaverse.SpaceVersionReader;
import org.universo.platformo.spaceworlds.SpaceWorlds;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.publish.internal.store.ActivationEntity;
import org.universo.platformo.publish.internal.store.AuditEntity;
import org.universo.platformo.publish.internal.store.LeadEntity;
import org.universo.platformo.publish.internal.store.MemberEntity;
import org.universo.platformo.publish.internal.store.PreviewTokenEntity;
import org.universo.platformo.publish.internal.store.ProjectEntity;
import org.universo.platformo.publish.internal.store.VersionEntity;
import org.universo.platformo.template.build.Builds;

/** Owns the publication schema and unit and the services the REST resource and the app server call. */
@Component(service = PublishComponent.class, configurationPid = "org.universo.platformo.publish")
@Designate(ocd = PublishComponent.Config.class)
public final class PublishComponent {
    @ObjectClassDefinition(name = "Universo Platformo publications")
    public @interface Config {
        @AttributeDefinition(name = "Public base URL", description = "Put in front of /p/... in the links the API "
                + "answers, e.g. https://cdn.example.org for a CDN in front of the platform; empty: relative links")
        String public_base_url() default "";

        @AttributeDefinition(name = "Apps origin", description = "An origin of their own for published apps, e.g. "
                + "https://apps.example.org (a host name that reaches this platform, on no other site's cookies). "
                + "Then /p/ on any other host redirects there. Empty: apps are served on every host inside a CSP "
                + "sandbox, which keeps them from the editor's storage.")
        String app_origin() default "";

        @AttributeDefinition(name = "Who may frame apps", description = "The CSP frame-ancestors of apps, e.g. "
                + "'self' https://www.example.org to embed them in a site")
        String app_frame_ancestors() default "'self'";
    }

    static final List<Class<?>> ENTITIES = List.of(ProjectEntity.class, MemberEntity.class, VersionEntity.class,
            ActivationEntity.class, PreviewTokenEntity.class, AuditEntity.class, LeadEntity.class);

    final JpaUnit unit;
    final Projects projects;
    final Versions versions;
    final Previews previews;
    final Leads leads;
    final Builds builds;
    private final UserDirectory users;

    /** Public addresses of apps: for API answers and for redirects (never built from the request's Host). */
    final Links links;
    final PublicationWorlds worlds;
    final AppIsolation isolation;

    @Activate
    public PublishComponent(@Reference Database db, @Reference Builds builds, @Reference SpaceVersionReader spaces,
            @Reference UserDirectory users, @Reference WorldAccess worlds, @Reference SpaceWorlds designs,
            Config config) {
        db.migrate("publication", PublishComponent.class);
        this.unit = db.openUnit("publication", ENTITIES);
        this.builds = builds;
        this.users = users;
        this.isolation = new AppIsolation(config.app_origin(), config.app_frame_ancestors());
        this.links = new Links(config.public_base_url().isBlank() ? config.app_origin() : config.public_base_url());
        this.projects = new Projects(unit, spaces, links);
        this.versions = new Versions(unit, builds, links);
        this.previews = new Previews(unit, links);
        this.leads = new Leads(unit);
        this.worlds = new PublicationWorlds(unit, spaces, worlds, designs);
    }

    @Deactivate
    void deactivate() {
        unit.close();
    }

    void requireUser(String userId) {
        if (users.find(userId).isEmpty()) {
            throw ApiException.notFound("user");
        }
    }
}
