package org.universo.platformo.template.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.TemplateManifest;
import org.universo.platformo.template.spi.ArtifactWriter;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.TemplatePlugin;
import org.universo.platformo.utils.schema.SchemaValidators;

class TemplateRegistryTest {

    @Test
    void theHighestVersionWinsAndPluginsForAnotherApiOrWithoutSchemaAreLeftOut() {
        TemplateRegistryComponent registry = new TemplateRegistryComponent(SchemaValidators.create());
        registry.addPlugin(plugin("1.0.0", "[0.1,1)", "build/BuildRequest.schema.json"), Map.of(Constants.SERVICE_ID, 1L));
        registry.addPlugin(plugin("2.0.0", "[0.1,1)", "build/BuildRequest.schema.json"), Map.of(Constants.SERVICE_ID, 2L));
        registry.addPlugin(plugin("3.0.0", "[0.2,1)", "build/BuildRequest.schema.json"), Map.of(Constants.SERVICE_ID, 3L));
        registry.addPlugin(plugin("4.0.0", "[0.1,1)", "missing.schema.json"), Map.of(Constants.SERVICE_ID, 4L));
        assertEquals("2.0.0", registry.info("tt").orElseThrow().manifest().version());
        assertEquals(1, registry.list().size());
        assertEquals(2, registry.refused().size(), "the left-out ones are listed with their reasons");
        assertEquals("tt", registry.refused().get(0).templateId());
        assertTrue(registry.refused().get(0).reason().contains("needs template API [0.2,1)"),
                registry.refused().get(0).reason());
        assertTrue(registry.refused().get(1).reason().contains("missing.schema.json is missing"),
                registry.refused().get(1).reason());
        assertTrue(registry.refused().get(1).bundle().contains("TemplateRegistryTest"), "outside OSGi: the class");
        registry.removePlugin(plugin("3.0.0", "[0.2,1)", "x"), Map.of(Constants.SERVICE_ID, 3L));
        assertEquals(1, registry.refused().size(), "a refused service that goes is forgotten");
        long revision = registry.revision();
        registry.removePlugin(registry.plugin("tt").orElseThrow(), Map.of(Constants.SERVICE_ID, 2L));
        assertEquals("1.0.0", registry.info("tt").orElseThrow().manifest().version(), "the older one takes over");
        assertTrue(registry.revision() > revision);
    }

    private static TemplatePlugin plugin(String version, String api, String schema) {
        return new TemplatePlugin() {
            @Override
            public TemplateManifest manifest() {
                return new TemplateManifest("tt", "T", version, Target.OTHER, null, List.of(), api, Map.of());
            }

            @Override
            public String settingsSchemaPath() {
                return schema;
            }

            @Override
            public ClassLoader resources() {
                return TemplateRegistryTest.class.getClassLoader();
            }

            @Override
            public void generate(GenerationContext context, ArtifactWriter out) {
            }
        };
    }
}
