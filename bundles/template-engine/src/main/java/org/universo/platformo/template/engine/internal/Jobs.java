package org.universo.platformo.template.engine.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.template.build.BuildStatus;
import org.universo.platformo.template.engine.internal.store.ArtifactEntity;
import org.universo.platformo.template.engine.internal.store.JobEntity;
import org.universo.platformo.template.engine.internal.store.JobLogEntity;

/** The job queue and the artifact index in the database; every node's workers claim from the same table. */
final class Jobs {
    static final String QUEUED = BuildStatus.QUEUED.wire();
    static final String RUNNING = BuildStatus.RUNNING.wire();

    private final JpaUnit unit;

    Jobs(JpaUnit unit) {
        this.unit = unit;
    }

    JpaUnit unit() {
        return unit;
    }

    /** Moves the oldest queued job to running; another node may win the race for a job, then the next is tried. */
    Optional<JobEntity> claimNext() {
        return unit.tx(em -> {
            List<String> ids = em.createQuery("SELECT j.id FROM JobEntity j WHERE j.status = :q ORDER BY j.createdAt, j.id",
                    String.class).setParameter("q", QUEUED).setMaxResults(8).getResultList();
            for (String id : ids) {
                int won = em.createQuery("UPDATE JobEntity j SET j.status = :r, j.startedAt = :now, j.error = NULL "
                        + "WHERE j.id = :id AND j.status = :q").setParameter("r", RUNNING).setParameter("q", QUEUED)
                        .setParameter("now", OffsetDateTime.now()).setParameter("id", id).executeUpdate();
                if (won == 1) {
                    em.clear();
                    return Optional.of(em.find(JobEntity.class, id));
                }
            }
            return Optional.empty();
        });
    }

    /** Jobs left running by a node that stopped go back to the queue. */
    int requeueRunning() {
        return unit.tx(em -> em.createQuery("UPDATE JobEntity j SET j.status = :q, j.startedAt = NULL WHERE j.status = :r")
                .setParameter("q", QUEUED).setParameter("r", RUNNING).executeUpdate());
    }

    /** Ends a running job unless it was moved on meanwhile; cancellation requested during the run wins over success. */
    void finish(String id, BuildStatus status, String hash, String templateVersion, String error) {
        unit.txRun(em -> {
            JobEntity j = em.find(JobEntity.class, id);
            if (j == null || !RUNNING.equals(j.status)) {
                return;
            }
            j.status = j.cancelRequested && status != BuildStatus.FAILED ? BuildStatus.CANCELLED.wire() : status.wire();
            j.inputHash = hash == null ? j.inputHash : hash;
            j.templateVersion = templateVersion == null ? j.templateVersion : templateVersion;
            j.error = error == null ? null : error.substring(0, Math.min(error.length(), 4000));
            j.finishedAt = OffsetDateTime.now();
        });
    }

    void log(String jobId, String message) {
        unit.txRun(em -> log(em, jobId, message));
    }

    static void log(EntityManager em, String jobId, String message) {
        Integer last = em.createQuery("SELECT MAX(l.seq) FROM JobLogEntity l WHERE l.jobId = :j", Integer.class)
                .setParameter("j", jobId).getSingleResult();
        write(em, jobId, last == null ? 1 : last + 1, message);
    }

    /** The first line of a job just created: no need to ask for the last one. */
    static void first(EntityManager em, String jobId, String message) {
        write(em, jobId, 1, message);
    }

    private static void write(EntityManager em, String jobId, int seq, String message) {
        JobLogEntity line = new JobLogEntity();
        line.jobId = jobId;
        line.seq = seq;
        line.at = OffsetDateTime.now();
        line.message = message.length() > 4000 ? message.substring(0, 4000) : message;
        em.persist(line);
    }

    Optional<ArtifactEntity> artifact(String hash) {
        return unit.read(em -> Optional.ofNullable(em.find(ArtifactEntity.class, hash)));
    }

    void saveArtifact(ArtifactEntity a) {
        try {
            unit.txRun(em -> {
                if (em.find(ArtifactEntity.class, a.hash) == null) {
                    em.persist(a);
                }
            });
        } catch (RuntimeException e) {
            // two nodes built the same input at once: the first row stands for both
            if (artifact(a.hash).isEmpty()) {
                throw e;
            }
        }
    }

    boolean cancelRequested(String id) {
        return unit.read(em -> {
            JobEntity j = em.find(JobEntity.class, id);
            return j == null || j.cancelRequested;
        });
    }
}
