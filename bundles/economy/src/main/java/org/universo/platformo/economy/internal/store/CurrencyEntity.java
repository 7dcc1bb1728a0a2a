package org.universo.platformo.economy.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** economy.currencies */
@Entity
@Table(name = "currencies", schema = "economy")
public class CurrencyEntity {
    @Id
    public String code;
    public String name;
    @Column(name = "minor_units")
    public int minorUnits;
}
