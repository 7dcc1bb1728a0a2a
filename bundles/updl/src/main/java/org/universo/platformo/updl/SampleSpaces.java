package org.universo.platformo.updl;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Example spaces shipped in this bundle under {@code UNIVERSO-INF/samples/}, in the model format; they validate
 * against the core node types.
 */
public final class SampleSpaces {
    /** An AR quiz: two questions with answers and points, lead collection. */
    public static final String QUIZ = "quiz";
    /** A small MMOOMM sector: ships, asteroids, a station and a gate, with a diagram of notes. */
    public static final String MMOOMM_SECTOR = "mmoomm-sector";
    public static final List<String> NAMES = List.of(QUIZ, MMOOMM_SECTOR);

    private SampleSpaces() {
    }

    /** Class path resource of a sample, e.g. {@code UNIVERSO-INF/samples/quiz.json}. */
    public static String resource(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("No sample space " + name + "; there are " + NAMES);
        }
        return "UNIVERSO-INF/samples/" + name + ".json";
    }

    /** Reads a sample through this bundle's class loader. */
    public static SpaceGraph load(String name) {
        try (InputStream in = SampleSpaces.class.getClassLoader().getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new IllegalStateException("Sample " + name + " is missing from the bundle");
            }
            return new ObjectMapper().readValue(in, SpaceGraph.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Sample " + name + " cannot be read", e);
        }
    }
}
