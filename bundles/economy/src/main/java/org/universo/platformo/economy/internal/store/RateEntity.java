package org.universo.platformo.economy.internal.store;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** economy.exchange_rates */
@Entity
@Table(name = "exchange_rates", schema = "economy")
@IdClass(RateEntity.Key.class)
public class RateEntity {
    @Id
    @Column(name = "from_currency")
    public String from;
    @Id
    @Column(name = "to_currency")
    public String to;
    public long num;
    public long den;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String from;
        public String to;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(k.from, from) && java.util.Objects.equals(k.to, to);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(from, to);
        }
    }
}
