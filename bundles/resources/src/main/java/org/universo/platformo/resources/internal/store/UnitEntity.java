package org.universo.platformo.resources.internal.store;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** resources.units */
@Entity
@Table(name = "units", schema = "resources")
public class UnitEntity {
    @Id
    public String code;
    public String name;
    public String dimension;
    public double factor;
}
