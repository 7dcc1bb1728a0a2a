package org.universo.platformo.template.scene;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.osgi.annotation.versioning.ConsumerType;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.TemplateManifest;
import org.universo.platformo.template.spi.ArtifactWriter;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * A template made of a page and a runtime script over the scene document. The subclass's bundle holds, under
 * {@code UNIVERSO-INF/template/<id>/}: {@code template.properties} ({@code version}), {@code index.hbs} (Handlebars,
 * model as in {@link ScenePage}) and whatever {@link #files()} copies; and its settings schema at
 * {@code UNIVERSO-INF/schemas/template/<id>/settings.schema.json}. The page is compiled once, from the subclass's
 * class loader (Handlebars' own default, the thread context loader, is not the template's in OSGi).
 */
@ConsumerType
public abstract class SceneTemplate implements TemplatePlugin {
    private final ObjectMapper mapper = new ObjectMapper();
    private final TemplateManifest manifest;
    private final Template page;
    private final String home;

    protected SceneTemplate(String id, String name, Target target, String description, List<String> nodeTypes,
            Map<String, String> engines) {
        home = "UNIVERSO-INF/template/" + id + "/";
        Properties p = new Properties();
        try {
            p.load(new StringReader(read(home + "template.properties")));
            page = new Handlebars().compileInline(read(home + "index.hbs"));
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + id + " cannot read its page", e);
        }
        manifest = new TemplateManifest(id, name, p.getProperty("version"), target, description, nodeTypes, "[0.1,1)",
                engines);
    }

    /** Files copied into every app: artifact path → resource of this bundle. */
    protected abstract Map<String, String> files();

    /** The settings field that overrides the scene's background colour. */
    protected String backgroundSetting() {
        return "background";
    }

    /** The template's resource folder, {@code UNIVERSO-INF/template/<id>/}. */
    protected final String home() {
        return home;
    }

    @Override
    public final TemplateManifest manifest() {
        return manifest;
    }

    @Override
    public String settingsSchemaPath() {
        return "template/" + manifest.id() + "/settings.schema.json";
    }

    @Override
    public void generate(GenerationContext context, ArtifactWriter out) throws Exception {
        ScenePage.write(context, out, mapper, this::render, backgroundSetting(), resources(), files());
        context.log(manifest.id() + " " + manifest.version() + " with " + manifest.engines());
    }

    private String render(Map<String, Object> model) {
        try {
            return page.apply(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String resource) throws IOException {
        try (InputStream in = resources().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
