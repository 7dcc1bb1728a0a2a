package org.universo.platformo.template.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;

/** Contributors come and go; what targets a template is part of its builds' identity, so cached builds follow. */
class ContributorsTest {
    private static final class Feed implements ScriptContributor {
        @Override
        public List<Script> scripts(org.universo.platformo.template.spi.GenerationContext context) {
            return List.of();
        }
    }

    @Test
    void theFingerprintOfATemplateChangesWithItsContributorsOnly() {
        Contributors c = new Contributors();
        String bare = c.fingerprint("playcanvas-mmoomm");
        Map<String, Object> feed = Map.of(Constants.SERVICE_ID, 7L, TemplatePlugin.TARGET_PROPERTY, "playcanvas-mmoomm");
        Map<String, Object> other = Map.of(Constants.SERVICE_ID, 8L, TemplatePlugin.TARGET_PROPERTY, "aframe");
        Feed f = new Feed();
        c.addScript(f, feed);
        c.addScript(new Feed(), other);
        String with = c.fingerprint("playcanvas-mmoomm");
        assertNotEquals(bare, with);
        assertEquals(List.of(f), c.scripts("playcanvas-mmoomm"));
        c.removeScript(f, feed);
        assertEquals(bare, c.fingerprint("playcanvas-mmoomm"), "removed, the builds are those of before");
    }
}
