package org.universo.platformo.template.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.metaverse.SpaceVersionReader;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.template.TemplateRegistry;
import org.universo.platformo.template.build.ArtifactInfo;
import org.universo.platformo.template.build.BuildJob;
import org.universo.platformo.template.build.Builds;
import org.universo.platformo.template.engine.internal.store.ArtifactEntity;
import org.universo.platformo.template.engine.internal.store.JobEntity;
import org.universo.platformo.template.engine.internal.store.JobLogEntity;
import org.universo.platformo.template.store.ArtifactStore;
import org.universo.platformo.utils.schema.SchemaValidator;

/**
 * Owns the build schema, the queue workers of this node and the selected artifact store. A dispatcher claims queued
 * jobs while fewer than {@code concurrency} run here; it wakes on every submission and once a second for jobs queued
 * by other nodes. On deactivation running builds are interrupted and go back to the queue at the next start.
 */
@Component(service = {BuildEngine.class, Builds.class}, configurationPid = BuildEngine.PID)
@Designate(ocd = EngineConfig.class)
public final class BuildEngine implements Builds {
    static final String PID = "org.universo.platformo.template.engine";
    /** Version of the client runtime injected into apps; part of every input hash. */
    static final String RUNTIME_VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(BuildEngine.class);

    private final Jobs jobs;
    private final JobRunner runner;
    private final BuildRequests requests;
    private final Previewer previewer;
    private final ArtifactStore store;
    private final int concurrency;
    private final AtomicInteger running = new AtomicInteger();
    private final BuildMetrics metrics;
    private final ScheduledExecutorService dispatcher = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "universo-build-dispatch"));
    private final ExecutorService workers;

    @Activate
    public BuildEngine(@Reference Database db, @Reference TemplateRegistry registry,
            @Reference SpaceVersionReader spaces, @Reference SchemaValidator schemas,
            @Reference Contributors contributors, @Reference(name = "store") ArtifactStore store,
            @Reference BuildMetrics metrics,
            Map<String, Object> properties, EngineConfig config) {
        db.migrate("build", BuildEngine.class);
        this.jobs = new Jobs(db.openUnit("build", List.of(JobEntity.class, JobLogEntity.class, ArtifactEntity.class)));
        this.store = store;
        Profiles profiles = new Profiles(config);
        String kind = String.valueOf(properties.getOrDefault("store.kind", storeKind(config.store_target())));
        this.metrics = metrics;
        this.runner = new JobRunner(jobs, registry, spaces, contributors, store, kind, profiles,
                config.max_artifact_bytes(), metrics);
        this.requests = new BuildRequests(jobs, registry, spaces, new SettingsCheck(schemas), profiles, store,
                contributors, this::wake, metrics);
        this.previewer = new Previewer(requests, registry, runner, new PreviewCache(32, 256L << 20, 600));
        this.concurrency = config.concurrency();
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrency, r -> new Thread(r, "universo-build-" + n.incrementAndGet()));
        int requeued = jobs.requeueRunning();
        if (requeued > 0) {
            LOG.info("{} interrupted build(s) queued again", requeued);
        }
        dispatcher.scheduleWithFixedDelay(this::dispatch, 0, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        dispatcher.shutdownNow();
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        jobs.unit().close();
    }

    BuildRequests requests() {
        return requests;
    }

    Jobs jobs() {
        return jobs;
    }

    Previewer previewer() {
        return previewer;
    }

    void wake() {
        if (!dispatcher.isShutdown()) {
            dispatcher.execute(this::dispatch);
        }
    }

    private void dispatch() {
        try {
            while (running.get() < concurrency) {
                Optional<JobEntity> job = jobs.claimNext();
                if (job.isEmpty()) {
                    return;
                }
                metrics.running(running.incrementAndGet());
                workers.execute(() -> {
                    try {
                        runner.run(job.get());
                    } finally {
                        metrics.running(running.decrementAndGet());
                        wake();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("Build dispatch failed; retrying in a second: {}", e.getMessage());
        }
    }

    @Override
    public Optional<ArtifactInfo> artifact(String hash) {
        return jobs.artifact(hash).map(Views::of);
    }

    @Override
    public Optional<ArtifactStore.StoredFile> open(String hash, String path) throws java.io.IOException {
        return store.open(hash, path);
    }

    @Override
    public Optional<BuildJob> job(String userId, String jobId) {
        return requests.visible(userId, jobId);
    }

    private static String storeKind(String target) {
        int eq = target.indexOf('=');
        return eq < 0 ? "custom" : target.substring(eq + 1).replace(")", "");
    }
}
