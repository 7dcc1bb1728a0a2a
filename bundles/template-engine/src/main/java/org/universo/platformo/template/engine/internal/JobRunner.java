package org.universo.platformo.template.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.universo.platformo.metaverse.PublishableSpace;
import org.universo.platformo.metaverse.SpaceVersionReader;
import org.universo.platformo.template.EnvironmentProfile;
import org.universo.platformo.template.TemplateManifest;
import org.universo.platformo.template.TemplateRegistry;
import org.universo.platformo.template.build.BuildStatus;
import org.universo.platformo.template.engine.internal.store.ArtifactEntity;
import org.universo.platformo.template.engine.internal.store.JobEntity;
import org.universo.platformo.template.spi.TemplatePlugin;
import org.universo.platformo.template.store.ArtifactStore;

/**
 * Runs one claimed job to its end: the plugin is taken once at the start, so an upgrade of the template during the
 * build does not affect it; the input hash is computed with that plugin's version and an existing artifact is reused.
 */
final class JobRunner {
    private final Jobs jobs;
    private final TemplateRegistry registry;
    private final SpaceVersionReader spaces;
    private final Contributors contributors;
    private final ArtifactStore store;
    private final String storeKind;
    private final Profiles profiles;
    private final long maxBytes;
    private final BuildMetrics metrics;
    private final InputHash hashes = new InputHash();
    private final ConcurrentHashMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    JobRunner(Jobs jobs, TemplateRegistry registry, SpaceVersionReader spaces, Contributors contributors,
            ArtifactStore store, String storeKind, Profiles profiles, long maxBytes, BuildMetrics metrics) {
        this.jobs = jobs;
        this.registry = registry;
        this.spaces = spaces;
        this.contributors = contributors;
        this.store = store;
        this.storeKind = storeKind;
        this.profiles = profiles;
        this.maxBytes = maxBytes;
        this.metrics = metrics;
    }

    void run(JobEntity job) {
        String templateVersion = null;
        String hash = null;
        long started = System.nanoTime();
        TemplatePlugin plugin = null;
        try {
            plugin = registry.plugin(job.templateId)
                    .orElseThrow(() -> new IllegalStateException("Template " + job.templateId + " is not installed"));
            TemplateManifest manifest = plugin.manifest();
            templateVersion = manifest.version();
            PublishableSpace space = spaces.read(job.createdBy, job.spaceId, job.spaceVersion);
            JsonNode settings = mapper.readTree(job.settings);
            EnvironmentProfile profile = profiles.get(job.profile);
            hash = hashes.of(space, manifest, settings, profile, BuildEngine.RUNTIME_VERSION,
                    contributors.fingerprint(manifest.id()));
            jobs.log(job.id, "Building " + job.spaceId + " v" + job.spaceVersion + " with " + manifest.id() + " "
                    + manifest.version() + " for " + profile.name() + "; input hash " + hash);
            buildOnce(job, plugin, manifest, space, settings, profile, hash, started);
            jobs.finish(job.id, BuildStatus.SUCCEEDED, hash, templateVersion, null);
            metrics.finished(job.templateId, "succeeded");
        } catch (CancellationException e) {
            jobs.log(job.id, "Cancelled");
            jobs.finish(job.id, BuildStatus.CANCELLED, hash, templateVersion, null);
            metrics.finished(job.templateId, "cancelled");
        } catch (Throwable e) { // a plugin's StackOverflowError too: no job may stay running with nobody running it
            String message = Failures.message(e);
            Failures.log(job.id, job.templateId, templateVersion, plugin, e);
            jobs.log(job.id, "Failed: " + message);
            jobs.finish(job.id, BuildStatus.FAILED, hash, templateVersion, message);
            metrics.finished(job.templateId, "failed");
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Exactly one build per input hash runs on this node: a job whose input is being built waits for that build
     * and reuses its artifact (across nodes the store and the artifact row take the first of two equal writes).
     */
    private void buildOnce(JobEntity job, TemplatePlugin plugin, TemplateManifest manifest, PublishableSpace space,
            JsonNode settings, EnvironmentProfile profile, String hash, long started) throws Exception {
        while (true) {
            if (jobs.artifact(hash).isPresent() && store.exists(hash)) {
                jobs.log(job.id, "An identical build exists; its artifact is reused");
                return;
            }
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> running = inFlight.putIfAbsent(hash, mine);
            if (running == null) {
                try {
                    generate(job, plugin, manifest, space, settings, profile, hash, started);
                    return;
                } finally {
                    inFlight.remove(hash, mine);
                    mine.complete(null);
                }
            }
            jobs.log(job.id, "An identical build is running; waiting for it");
            while (!running.isDone()) {
                if (jobs.cancelRequested(job.id)) {
                    throw new CancellationException();
                }
                try {
                    running.get(250, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // still running: look at our own cancel flag again
                }
            }
            // the other build finished (or failed): look again, and build it ourselves if there is still nothing
        }
    }

    /** Runs the plugin with the contributors registered now; the files stay in memory. */
    MemoryWriter render(TemplatePlugin plugin, PublishableSpace space, JsonNode settings, EnvironmentProfile profile,
            Consumer<String> log, BooleanSupplier cancelled) throws Exception {
        String id = plugin.manifest().id();
        MemoryWriter out = new MemoryWriter(maxBytes);
        Generation context = new Generation(space, settings, profile, BuildEngine.RUNTIME_VERSION,
                contributors.scenes(id), contributors.assets(id), contributors.scripts(id), log, cancelled);
        plugin.generate(context, out);
        context.checkCancelled();
        return out;
    }

    private void generate(JobEntity job, TemplatePlugin plugin, TemplateManifest manifest, PublishableSpace space,
            JsonNode settings, EnvironmentProfile profile, String hash, long started) throws Exception {
        MemoryWriter out = render(plugin, space, settings, profile, line -> jobs.log(job.id, line),
                () -> jobs.cancelRequested(job.id));
        store.put(hash, out.files());
        ArtifactEntity a = new ArtifactEntity();
        a.hash = hash;
        a.templateId = manifest.id();
        a.templateVersion = manifest.version();
        a.target = mapper.valueToTree(manifest.target()).asText();
        a.spaceId = space.spaceId();
        a.spaceVersion = space.version();
        a.settings = job.settings;
        a.profile = profile.name();
        a.runtimeVersion = BuildEngine.RUNTIME_VERSION;
        a.files = out.files().size();
        a.bytes = out.bytes();
        a.durationMs = (System.nanoTime() - started) / 1_000_000;
        a.store = storeKind;
        a.paths = String.join("\n", out.files().keySet());
        a.createdAt = OffsetDateTime.now();
        jobs.saveArtifact(a);
        metrics.generated(manifest.id(), System.nanoTime() - started);
        jobs.log(job.id, "Stored " + a.files + " files, " + a.bytes + " bytes in " + a.durationMs + " ms");
    }
}
