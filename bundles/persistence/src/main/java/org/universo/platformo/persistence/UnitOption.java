package org.universo.platformo.persistence;

/** How a JPA unit writes, chosen by the bundle that opens it (see {@link Database#openUnit}). */
public enum UnitOption {
    /**
     * Statements of one flush or commit that share their SQL (the balances of two accounts, the two entries of a
     * transfer) are sent together in one round trip. A constraint broken by one of them still fails that flush or
     * commit; only the moment the database sees each statement changes. For units whose writes are hot.
     */
    BATCHED_WRITES
}
