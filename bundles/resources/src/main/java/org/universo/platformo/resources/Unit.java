package org.universo.platformo.resources;

/** A unit of measure: {@code factor} is how many of its dimension's base unit (kg, m3, m, pcs, J, inmo, s) one is. */
public record Unit(String code, String name, String dimension, double factor) {
}
