package org.universo.platformo.resources;

/** {@code value} in {@code from} is {@code result} in {@code to}; both units are of {@code dimension}. */
public record Conversion(double value, String from, String to, double result, String dimension) {
}
