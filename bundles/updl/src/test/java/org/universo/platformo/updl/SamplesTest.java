package org.universo.platformo.updl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {SampleSpaces.QUIZ, SampleSpaces.MMOOMM_SECTOR})
    void samplesValidateWithoutProblems(String name) {
        SpaceGraph sample = SampleSpaces.load(name);
        assertFalse(sample.canvases().get(0).nodes().isEmpty());
        assertEquals(List.of(), Fixtures.VALIDATOR.validate(sample, GraphLimits.DEFAULTS));
        assertEquals(List.of(), Fixtures.VALIDATOR.validate(Fixtures.tree(sample), GraphLimits.DEFAULTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleSpaces.QUIZ, SampleSpaces.MMOOMM_SECTOR})
    void samplesAreTheUpstreamFixturesInOurFormat(String name) {
        Canvas sample = SampleSpaces.load(name).canvases().get(0);
        Canvas imported = Fixtures.UPSTREAM.withoutUpstreamExtras(Fixtures.imported(name));
        assertEquals(naturalSizes(Fixtures.tree(imported.nodes())), Fixtures.tree(sample.nodes()));
        assertEquals(imported.edges(), sample.edges());
        assertEquals(imported.viewport(), sample.viewport());
    }

    /**
     * Upstream drew entities at unit scale and multiplied them by a size per entity type when rendering; our
     * templates draw what the creator set, so the sample carries those sizes as its entities' scale.
     */
    private static com.fasterxml.jackson.databind.JsonNode naturalSizes(com.fasterxml.jackson.databind.JsonNode nodes) {
        java.util.Map<String, Double> size = java.util.Map.of("ship", 4.0, "asteroid", 20.0, "station", 60.0,
                "gate", 50.0, "player", 1.8, "vehicle", 3.0);
        for (com.fasterxml.jackson.databind.JsonNode n : nodes) {
            Double k = size.get(n.at("/data/entityType").asText());
            if ("Entity".equals(n.path("type").asText()) && k != null) {
                com.fasterxml.jackson.databind.node.ArrayNode scale =
                        (com.fasterxml.jackson.databind.node.ArrayNode) n.at("/data/transform/scale");
                for (int i = 0; i < scale.size(); i++) {
                    scale.set(i, scale.get(i).asDouble() * k == Math.rint(scale.get(i).asDouble() * k)
                            ? com.fasterxml.jackson.databind.node.IntNode.valueOf((int) (scale.get(i).asDouble() * k))
                            : com.fasterxml.jackson.databind.node.DoubleNode.valueOf(scale.get(i).asDouble() * k));
                }
            }
        }
        return nodes;
    }

    @Test
    void theSectorCarriesADiagramAnchoredToItsNodes() {
        Diagram diagram = SampleSpaces.load(SampleSpaces.MMOOMM_SECTOR).canvases().get(0).diagram();
        assertNotNull(diagram);
        assertEquals("Entity_3", diagram.shapes().get(0).anchorNodeId());
    }

    @Test
    void unknownSamplesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SampleSpaces.load("nope"));
    }
}
