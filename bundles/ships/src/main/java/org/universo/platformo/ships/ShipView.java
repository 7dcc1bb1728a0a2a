package org.universo.platformo.ships;

/** An entity's Ship component: its fitting, the component version (for the next PUT) and the full stats. */
public record ShipView(String entityId, long version, String shipTypeId, java.util.List<String> modules,
        FittingReport.Stats stats) {
}
