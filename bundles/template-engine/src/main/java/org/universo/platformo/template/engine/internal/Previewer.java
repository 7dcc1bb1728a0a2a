package org.universo.platformo.template.engine.internal;

import java.time.Duration;
import java.util.Optional;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.template.TemplateRegistry;
import org.universo.platformo.template.build.Preview;
import org.universo.platformo.template.build.PreviewRequest;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * Quick previews: the same checks as a build, the generator run in the request, the files kept in memory for a few
 * minutes behind a token; nothing is queued or stored, and the draft (version 0) may be previewed.
 */
final class Previewer {
    private final BuildRequests requests;
    private final TemplateRegistry registry;
    private final JobRunner runner;
    private final PreviewCache cache;

    Previewer(BuildRequests requests, TemplateRegistry registry, JobRunner runner, PreviewCache cache) {
        this.requests = requests;
        this.registry = registry;
        this.runner = runner;
        this.cache = cache;
    }

    Preview preview(String user, PreviewRequest in) {
        BuildRequests.Prepared p = requests.prepare(user, in.spaceId(), in.version(), in.templateId(), in.settings(),
                in.profile());
        TemplatePlugin plugin = registry.plugin(in.templateId()).orElseThrow(() -> ApiException.notFound("template"));
        long started = System.nanoTime();
        MemoryWriter out;
        try {
            out = runner.render(plugin, p.space(), p.settings(), p.profile(), line -> { }, () -> false);
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            throw new ApiException(org.universo.platformo.api.error.ErrorCode.VALIDATION_FAILED,
                    "The template could not generate this space: " + e.getMessage(), null);
        }
        String token = cache.put(out.files(), out.bytes());
        PreviewCache.Entry e = cache.get(token).orElseThrow();
        return new Preview("/api/v1/previews/" + token + "/", e.expiresAt(), out.files().size(), out.bytes(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    Optional<byte[]> file(String token, String path) {
        return cache.get(token).map(e -> e.files().get(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path));
    }
}
