package org.universo.platformo.auth.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** auth.users: one platform account. Roles are stored comma-separated; the set is tiny and read whole. */
@Entity
@Table(name = "users", schema = "auth")
public class UserEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false)
    public String email;
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "display_name")
    public String displayName;
    @Column(nullable = false)
    public String roles;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;
}
