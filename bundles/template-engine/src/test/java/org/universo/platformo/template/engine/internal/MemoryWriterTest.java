package org.universo.platformo.template.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryWriterTest {

    @Test
    void keepsFilesInPathOrderWhateverTheWriteOrder() {
        MemoryWriter a = new MemoryWriter(1000);
        a.addText("z.js", "z");
        a.addText("index.html", "i");
        a.addText("assets/b.png", "b");
        MemoryWriter b = new MemoryWriter(1000);
        b.addText("assets/b.png", "b");
        b.addText("index.html", "old");
        b.addText("z.js", "z");
        b.addText("index.html", "i");
        assertEquals(List.of("assets/b.png", "index.html", "z.js"), List.copyOf(a.files().keySet()));
        assertEquals(a.files().keySet(), b.files().keySet());
        assertEquals(3, b.bytes(), "a replaced file counts once");
    }

    @Test
    void refusesPathsThatCouldLeaveTheArtifactAndAppsOverTheLimit() {
        MemoryWriter w = new MemoryWriter(10);
        for (String bad : new String[] {"../x", "a/../../x", "/etc/passwd", "a//b", "a\\b", "", ".hidden", "a/./b", "a/"}) {
            assertThrows(IllegalArgumentException.class, () -> w.addText(bad, "x"), bad);
        }
        w.addText("ok.txt", "12345");
        assertThrows(IllegalStateException.class, () -> w.addText("more.txt", "123456"));
    }
}
