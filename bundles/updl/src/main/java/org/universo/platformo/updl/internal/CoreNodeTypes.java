package org.universo.platformo.updl.internal;

import static org.universo.platformo.updl.spi.Port.ACTION;
import static org.universo.platformo.updl.spi.Port.CAMERA;
import static org.universo.platformo.updl.spi.Port.COMPONENT;
import static org.universo.platformo.updl.spi.Port.DATA;
import static org.universo.platformo.updl.spi.Port.ENTITY;
import static org.universo.platformo.updl.spi.Port.EVENT;
import static org.universo.platformo.updl.spi.Port.LIGHT;
import static org.universo.platformo.updl.spi.Port.OBJECT;
import static org.universo.platformo.updl.spi.Port.SPACE;
import static org.universo.platformo.updl.spi.Port.UNIVERSO;

import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.updl.CoreTypes;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.NodeTypeProvider;
import org.universo.platformo.updl.spi.Port;

/**
 * The platform's own node types. Port names follow the upstream editor's input anchors so upstream canvases map
 * one to one; every type has a single output named after its data type.
 */
@Component(service = NodeTypeProvider.class)
public final class CoreNodeTypes implements NodeTypeProvider {

    private final List<NodeType> types;

    @Activate
    public CoreNodeTypes() {
        types = List.of(
                type(CoreTypes.SPACE, "space", "Space", "Root of a scene: global settings; entities, data, objects, "
                        + "lights and cameras connect to it.", SPACE,
                        in("spaces", SPACE), in("data", DATA), in("objects", OBJECT), in("lights", LIGHT),
                        in("cameras", CAMERA), in("entities", ENTITY), new Port("universo", UNIVERSO, false),
                        in("links", SPACE)),
                type(CoreTypes.ENTITY, "entity", "Entity", "A runtime entity with transform and tags; components "
                        + "and events attach to it.", ENTITY, in("components", COMPONENT), in("events", EVENT)),
                type(CoreTypes.COMPONENT, "entity", "Component", "Behaviour or data attached to an entity.", COMPONENT),
                type(CoreTypes.EVENT, "behaviour", "Event", "Something that happens to an entity; connected actions "
                        + "run when it fires.", EVENT, in("actions", ACTION)),
                type(CoreTypes.ACTION, "behaviour", "Action", "What happens when an event fires.", ACTION),
                type(CoreTypes.DATA, "data", "Data", "Quiz questions, answers, screens and variables.", DATA,
                        in("datas", DATA), in("objects", OBJECT)),
                type(CoreTypes.UNIVERSO, "network", "Universo", "Connection to the Kiberplano network.", UNIVERSO),
                type(CoreTypes.OBJECT, "scene", "Object", "A simple 3D primitive.", OBJECT),
                type(CoreTypes.CAMERA, "scene", "Camera", "A camera looking at the scene.", CAMERA),
                type(CoreTypes.LIGHT, "scene", "Light", "A light source.", LIGHT),
                type(CoreTypes.SPACE_LINK, "links", "Space link", "Includes another space (pinned or latest version).",
                        SPACE),
                type(CoreTypes.UNIK_LINK, "links", "Unik link", "Includes the spaces of a unik.", SPACE),
                type(CoreTypes.METAVERSE_LINK, "links", "Metaverse link", "Includes the spaces of a metaverse.", SPACE));
    }

    @Override
    public Collection<NodeType> nodeTypes() {
        return types;
    }

    private static Port in(String name, String dataType) {
        return new Port(name, dataType, true);
    }

    private static NodeType type(String id, String category, String title, String description, String output,
            Port... inputs) {
        return new NodeType(id, category, title, description, List.of(inputs), List.of(new Port(output, output, true)),
                "updl/nodes/" + id + ".schema.json", CoreNodeTypes.class.getClassLoader());
    }
}
