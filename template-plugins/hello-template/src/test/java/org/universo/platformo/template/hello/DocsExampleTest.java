package org.universo.platformo.template.hello;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/plugins/templates.md shows this module's files, pom included; the reactor builds and tests them as they are
 * shown, so the guide cannot drift from what compiles.
 */
class DocsExampleTest {

    @Test
    void theGuideShowsTheSourcesAsTheyAre() throws Exception {
        String guide = Files.readString(Path.of("../../docs/plugins/templates.md"));
        for (String file : List.of("pom.xml", "src/main/java/org/universo/platformo/template/hello/HelloTemplate.java",
                "src/test/java/org/universo/platformo/template/hello/HelloTemplateTest.java",
                "src/main/resources/UNIVERSO-INF/schemas/template/hello/settings.schema.json",
                "src/main/resources/UNIVERSO-INF/template/hello/template.properties")) {
            String source = Files.readString(Path.of(file));
            assertTrue(guide.contains("`" + file + "`") && guide.contains("\n" + source + "```"),
                    "docs/plugins/templates.md must show " + file + " exactly as it is");
        }
    }
}
