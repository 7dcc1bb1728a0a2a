package org.universo.platformo.updl.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.CoreTypes;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.GraphLimits;
import org.universo.platformo.updl.GraphValidator;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.NodeTypeRegistry;
import org.universo.platformo.updl.Position;
import org.universo.platformo.updl.Problem;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.UpdlServices;
import org.universo.platformo.utils.schema.SchemaValidators;

/** The documented provider works: its nodes connect to core nodes and their data is checked by its own schema. */
class ShipyardNodeTypesTest {

    @Test
    void aDomainNodeTypeJoinsTheCoreOnes() {
        NodeTypeRegistry registry = UpdlServices.registry(UpdlServices.coreNodeTypes(), new ShipyardNodeTypes());
        GraphValidator validator = UpdlServices.graphValidator(registry, SchemaValidators.create());
        SpaceGraph graph = new SpaceGraph(List.of(new Canvas("c", "Station", 0, List.of(
                new Node("station", CoreTypes.ENTITY, new Position(0, 0), Map.of("entityType", "station")),
                new Node("yard", "Shipyard", new Position(-300, 0), Map.of("hulls", List.of("miner"))),
                new Node("bad-yard", "Shipyard", new Position(-300, 200), Map.of("hulls", List.of("battleship")))),
                List.of(new Edge("e1", "yard", "component", "station", "components"),
                        new Edge("e2", "bad-yard", "component", "station", "components")))));

        List<Problem> problems = validator.validate(graph, GraphLimits.DEFAULTS);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("bad-yard", problems.get(0).nodeId());
        assertEquals("/hulls/0", problems.get(0).field());
        assertEquals(Problem.SCHEMA_VIOLATION, problems.get(0).code());
    }
}
