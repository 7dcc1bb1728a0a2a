package org.universo.platformo.updl.example;

import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.NodeTypeProvider;
import org.universo.platformo.updl.spi.Port;

/** The example of docs/updl.md: a domain bundle adding a Shipyard node that attaches to entities like a component. */
@Component(service = NodeTypeProvider.class)
public final class ShipyardNodeTypes implements NodeTypeProvider {

    private static final NodeType SHIPYARD = new NodeType(
            "Shipyard", "mmoomm", "Shipyard", "Builds and repairs ships at a station.",
            List.of(),                                          // no inputs
            List.of(new Port("component", Port.COMPONENT, true)), // plugs into Entity.components
            "shipyard/nodes/Shipyard.schema.json",              // below UNIVERSO-INF/schemas/ in this bundle
            ShipyardNodeTypes.class.getClassLoader());

    @Override
    public Collection<NodeType> nodeTypes() {
        return List.of(SHIPYARD);
    }
}
