package org.universo.mmoomm.types;

/** {@link MmoommTopics#STATION_DOCKED}: a ship docked at a station, where it may sell its hold. */
public record StationDockPayload(String shipId, String stationId) {
}
