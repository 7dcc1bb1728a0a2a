package org.universo.platformo.auth.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** auth.bootstrap: the single row recording that the first administrator was made. */
@Entity
@Table(name = "bootstrap", schema = "auth")
public class BootstrapEntity {
    public static final int ID = 1;

    @Id
    public int id;
    @Column(name = "admin_assigned", nullable = false)
    public boolean adminAssigned;
}
