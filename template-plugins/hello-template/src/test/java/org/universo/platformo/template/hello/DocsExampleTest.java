package org.universo.platformo.template.hello;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/plugins/templates.md shows this module's sources; they must not drift apart. */
class DocsExampleTest {

    @Test
    void theGuideShowsTheSourcesAsTheyAre() throws Exception {
        String guide = Files.readString(Path.of("../../docs/plugins/templates.md"));
        for (String file : List.of("src/main/java/org/universo/platformo/template/hello/HelloTemplate.java",
                "src/main/resources/UNIVERSO-INF/schemas/template/hello/settings.schema.json",
                "src/main/resources/UNIVERSO-INF/template/hello/template.properties")) {
            String source = Files.readString(Path.of(file));
            assertTrue(guide.contains("`" + file + "`") && guide.contains("\n" + source + "```"),
                    "docs/plugins/templates.md must show " + file + " exactly as it is");
        }
    }
}
