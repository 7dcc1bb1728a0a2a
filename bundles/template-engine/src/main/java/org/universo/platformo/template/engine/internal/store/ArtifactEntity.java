package org.universo.platformo.template.engine.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** build.artifacts: what was generated for an input hash, and how; the files live in the artifact store. */
@Entity
@Table(name = "artifacts", schema = "build")
public class ArtifactEntity {
    @Id
    public String hash;
    @Column(name = "template_id", nullable = false)
    public String templateId;
    @Column(name = "template_version", nullable = false)
    public String templateVersion;
    @Column(nullable = false)
    public String target;
    @Column(name = "space_id", nullable = false)
    public String spaceId;
    @Column(name = "space_version", nullable = false)
    public int spaceVersion;
    @Lob
    @Column(nullable = false)
    public String settings;
    @Column(nullable = false)
    public String profile;
    @Column(name = "runtime_version", nullable = false)
    public String runtimeVersion;
    @Column(nullable = false)
    public int files;
    @Column(nullable = false)
    public long bytes;
    @Column(name = "duration_ms", nullable = false)
    public long durationMs;
    @Column(nullable = false)
    public String store;
    @Lob
    public String paths;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
