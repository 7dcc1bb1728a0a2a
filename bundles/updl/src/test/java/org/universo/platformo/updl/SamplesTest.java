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
        assertEquals(Fixtures.tree(imported.nodes()), Fixtures.tree(sample.nodes()));
        assertEquals(imported.edges(), sample.edges());
        assertEquals(imported.viewport(), sample.viewport());
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
