package org.universo.platformo.template.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.metaverse.PublishableSpace;
import org.universo.platformo.metaverse.SpaceVersionReader;
import org.universo.platformo.template.EnvironmentProfile;
import org.universo.platformo.template.TemplateInfo;
import org.universo.platformo.template.TemplateRegistry;
import org.universo.platformo.template.build.BuildJob;
import org.universo.platformo.template.build.BuildLog;
import org.universo.platformo.template.build.BuildRequest;
import org.universo.platformo.template.build.BuildStatus;
import org.universo.platformo.template.engine.internal.store.ArtifactEntity;
import org.universo.platformo.template.engine.internal.store.JobEntity;
import org.universo.platformo.template.engine.internal.store.JobLogEntity;
import org.universo.platformo.template.spi.TemplatePlugin;
import org.universo.platformo.template.store.ArtifactStore;

/**
 * What callers do with jobs. Editors of a space build it and see its jobs; anyone else gets 404. A request whose
 * input hash already has an artifact succeeds at once ({@code cached}) without queueing.
 */
final class BuildRequests {
    private final Jobs jobs;
    private final TemplateRegistry registry;
    private final SpaceVersionReader spaces;
    private final SettingsCheck settings;
    private final Profiles profiles;
    private final ArtifactStore store;
    private final Runnable wake;
    private final BuildMetrics metrics;
    private final InputHash hashes = new InputHash();
    private final Contributors contributors;
    private final SpaceCache cache = new SpaceCache(64);
    private final KnownArtifacts known = new KnownArtifacts(4096, 60_000);

    BuildRequests(Jobs jobs, TemplateRegistry registry, SpaceVersionReader spaces, SettingsCheck settings,
            Profiles profiles, ArtifactStore store, Contributors contributors, Runnable wake, BuildMetrics metrics) {
        this.jobs = jobs;
        this.contributors = contributors;
        this.registry = registry;
        this.spaces = spaces;
        this.settings = settings;
        this.profiles = profiles;
        this.store = store;
        this.wake = wake;
        this.metrics = metrics;
    }

    /** What a build or preview needs, checked: the space (as the caller), the template, settings with defaults. */
    record Prepared(PublishableSpace space, String digest, TemplateInfo template, ObjectNode settings,
            EnvironmentProfile profile) {
    }

    Prepared prepare(String user, String spaceId, int version, String templateId, JsonNode settingsIn, String profileName) {
        SpaceCache.Entry entry = read(user, spaceId, version);
        TemplatePlugin plugin = registry.plugin(templateId).orElseThrow(() -> ApiException.notFound("template "
                + templateId));
        TemplateInfo template = registry.info(templateId).orElseThrow(() -> ApiException.notFound("template "
                + templateId));
        ObjectNode given = settingsIn instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        return new Prepared(entry.space(), entry.graphDigest(), template,
                settings.accept(plugin, template.settingsSchema(), given), profiles.get(profileName));
    }

    /** The space as the user may build it: a cached version when it has no links, after the same access check. */
    private SpaceCache.Entry read(String user, String spaceId, int version) {
        Optional<SpaceCache.Entry> cached = version == 0 ? Optional.empty() : cache.get(spaceId, version);
        boolean editor = spaces.canEdit(user, spaceId);
        if (cached.isPresent() && editor) {
            return cached.get();
        }
        PublishableSpace space = version == 0 ? spaces.readDraft(user, spaceId) : spaces.read(user, spaceId, version);
        if (!editor) {
            throw ApiException.forbidden("Building a space needs the editor role in its unik");
        }
        SpaceCache.Entry entry = new SpaceCache.Entry(space, hashes.digest(space.graph()));
        cache.put(entry);
        return entry;
    }

    BuildJob submit(String user, BuildRequest in) {
        Prepared p = prepare(user, in.spaceId(), in.version(), in.templateId(), in.settings(), in.profile());
        PublishableSpace space = p.space();
        TemplateInfo template = p.template();
        ObjectNode accepted = p.settings();
        EnvironmentProfile profile = p.profile();
        String hash = hashes.of(space, p.digest(), template.manifest(), accepted, profile, BuildEngine.RUNTIME_VERSION,
                contributors.fingerprint(template.manifest().id()));
        JobEntity j = new JobEntity();
        j.id = UUID.randomUUID().toString();
        j.spaceId = space.spaceId();
        j.spaceVersion = space.version();
        j.templateId = template.manifest().id();
        j.templateVersion = template.manifest().version();
        j.settings = accepted.toString();
        j.profile = profile.name();
        j.inputHash = hash;
        j.attempts = 1;
        j.createdBy = user;
        j.createdAt = OffsetDateTime.now();
        /* One transaction: is there an artifact for this hash, and the job (done at once if there is). */
        boolean present = known.known(hash);
        boolean cached = jobs.unit().tx(em -> {
            boolean reuse = present || em.find(ArtifactEntity.class, hash) != null && exists(hash);
            j.status = (reuse ? BuildStatus.SUCCEEDED : BuildStatus.QUEUED).wire();
            j.cached = reuse;
            j.finishedAt = reuse ? j.createdAt : null;
            em.persist(j);
            if (!reuse) {
                em.flush();
                Jobs.first(em, j.id, "Queued");
            }
            return reuse;
        });
        if (cached) {
            known.remember(hash);
            metrics.finished(j.templateId, "reused");
        } else {
            wake.run();
        }
        return Views.of(j);
    }

    BuildJob get(String user, String id) {
        return visible(user, id).orElseThrow(() -> ApiException.notFound("build"));
    }

    Optional<BuildJob> visible(String user, String id) {
        JobEntity j = jobs.unit().read(em -> em.find(JobEntity.class, id));
        return j != null && spaces.canEdit(user, j.spaceId) ? Optional.of(Views.of(j)) : Optional.empty();
    }

    List<BuildJob> list(String user, String spaceId, int offset, int limit) {
        if (!spaces.canEdit(user, spaceId)) {
            throw ApiException.notFound("space");
        }
        return jobs.unit().read(em -> em.createQuery("SELECT j FROM JobEntity j WHERE j.spaceId = :s "
                + "ORDER BY j.createdAt DESC, j.id", JobEntity.class).setParameter("s", spaceId).setFirstResult(offset)
                .setMaxResults(limit).getResultList().stream().map(Views::of).toList());
    }

    /** A queued job is cancelled at once; a running one at its next checkpoint. Finished jobs answer 409. */
    BuildJob cancel(String user, String id) {
        get(user, id);
        JobEntity j = jobs.unit().tx(em -> {
            JobEntity e = em.find(JobEntity.class, id);
            BuildStatus status = BuildStatus.fromWire(e.status);
            if (status.finished()) {
                throw ApiException.conflict("The build already " + e.status);
            }
            e.cancelRequested = true;
            if (status == BuildStatus.QUEUED) {
                e.status = BuildStatus.CANCELLED.wire();
                e.finishedAt = OffsetDateTime.now();
            }
            Jobs.log(em, id, "Cancellation requested by " + user);
            return e;
        });
        return Views.of(j);
    }

    /** Failed and cancelled jobs go back to the queue as a new attempt. */
    BuildJob retry(String user, String id) {
        get(user, id);
        JobEntity j = jobs.unit().tx(em -> {
            JobEntity e = em.find(JobEntity.class, id);
            if (!BuildStatus.FAILED.wire().equals(e.status) && !BuildStatus.CANCELLED.wire().equals(e.status)) {
                throw ApiException.conflict("Only failed or cancelled builds can be retried; this one is " + e.status);
            }
            e.status = BuildStatus.QUEUED.wire();
            e.attempts++;
            e.cancelRequested = false;
            e.error = null;
            e.startedAt = null;
            e.finishedAt = null;
            Jobs.log(em, id, "Attempt " + e.attempts + " queued by " + user);
            return e;
        });
        wake.run();
        return Views.of(j);
    }

    /**
     * Lines after {@code after}. With {@code waitSeconds} > 0 and nothing new yet, the answer waits (checking every
     * 250 ms) until a line comes, the job ends or the time is up: clients follow a build with one request at a time.
     */
    BuildLog logs(String user, String id, int after, int limit, int waitSeconds) throws InterruptedException {
        long end = System.nanoTime() + waitSeconds * 1_000_000_000L;
        BuildLog log = logs(user, id, after, limit);
        while (log.lines().isEmpty() && !log.done() && System.nanoTime() < end) {
            Thread.sleep(250);
            log = logs(user, id, after, limit);
        }
        return log;
    }

    private BuildLog logs(String user, String id, int after, int limit) {
        BuildJob job = get(user, id);
        if (job.cached()) {
            /* A reuse writes no log row (it is answered on the hot path); its one line follows from the job. */
            List<BuildLog.Line> line = after >= 1 ? List.of() : List.of(new BuildLog.Line(1, job.createdAt(),
                    "An identical build exists (input hash " + job.inputHash() + "); its artifact is reused"));
            return new BuildLog(id, line, Math.max(after, 1), true);
        }
        List<BuildLog.Line> lines = jobs.unit().read(em -> em.createQuery("SELECT l FROM JobLogEntity l WHERE "
                + "l.jobId = :j AND l.seq > :a ORDER BY l.seq", JobLogEntity.class).setParameter("j", id)
                .setParameter("a", after).setMaxResults(limit).getResultList().stream()
                .map(l -> new BuildLog.Line(l.seq, l.at.toInstant(), l.message)).toList());
        int next = lines.isEmpty() ? after : lines.get(lines.size() - 1).seq();
        return new BuildLog(id, lines, next, job.status().finished() && lines.size() < limit);
    }

    private boolean exists(String hash) {
        try {
            return store.exists(hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
