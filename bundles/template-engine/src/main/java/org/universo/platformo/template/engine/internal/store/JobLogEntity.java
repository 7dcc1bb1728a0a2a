package org.universo.platformo.template.engine.internal.store;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** build.job_logs: the numbered log lines of a job, read by clients from a cursor. */
@Entity
@Table(name = "job_logs", schema = "build")
@IdClass(JobLogEntity.Key.class)
public class JobLogEntity {
    @Id
    @Column(name = "job_id")
    public String jobId;
    @Id
    public int seq;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(nullable = false)
    public String message;

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String jobId;
        public int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.jobId, jobId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, seq);
        }
    }
}
