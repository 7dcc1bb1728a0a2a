package org.universo.mmoomm.content.internal;

import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.NodeTypeProvider;
import org.universo.platformo.updl.spi.Port;

/** Editor palette entries for MMOOMM worlds: asteroids, stations and gates, each an entity of the space. */
@Component(service = NodeTypeProvider.class)
public final class MmoommNodeTypes implements NodeTypeProvider {
    private final List<NodeType> types = List.of(
            type("mmoomm.Asteroid", "Asteroid", "An asteroid to mine: its material and mass.", "Asteroid"),
            type("mmoomm.Station", "Station", "A station with a market trading in Inmo.", "Station"),
            type("mmoomm.Gate", "Gate", "A gate ships jump through to another world.", "Gate"));

    @Activate
    public MmoommNodeTypes() {
    }

    @Override
    public Collection<NodeType> nodeTypes() {
        return types;
    }

    private static NodeType type(String id, String title, String description, String schema) {
        return new NodeType(id, "mmoomm", title, description, List.of(new Port("components", Port.COMPONENT, true)),
                List.of(new Port("entity", Port.ENTITY, true)), "mmoomm/nodes/" + schema + ".schema.json",
                MmoommNodeTypes.class.getClassLoader());
    }
}
