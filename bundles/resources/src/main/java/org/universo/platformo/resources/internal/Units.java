package org.universo.platformo.resources.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.resources.Conversion;
import org.universo.platformo.resources.Unit;

/** The unit table, read once: conversion goes through the dimension's base unit. */
final class Units {
    private final Map<String, Unit> byCode = new LinkedHashMap<>();

    Units(List<Unit> units) {
        units.forEach(u -> byCode.put(u.code(), u));
    }

    List<Unit> all() {
        return List.copyOf(byCode.values());
    }

    Optional<Unit> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    Conversion convert(double value, String from, String to) {
        if (!Double.isFinite(value)) {
            throw invalid("/value", "must be a finite number");
        }
        Unit a = find(from).orElseThrow(() -> invalid("/from", "unknown unit " + from + "; known: " + byCode.keySet()));
        Unit b = find(to).orElseThrow(() -> invalid("/to", "unknown unit " + to + "; known: " + byCode.keySet()));
        if (!a.dimension().equals(b.dimension())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Cannot convert " + a.dimension() + " (" + from
                    + ") to " + b.dimension() + " (" + to + ")", Map.of("errors", List.of(Map.of("pointer", "/to",
                    "message", "a unit of " + a.dimension() + " is needed"))));
        }
        return new Conversion(value, from, to, value * a.factor() / b.factor(), a.dimension());
    }

    private static ApiException invalid(String pointer, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "Invalid conversion: " + message,
                Map.of("errors", List.of(Map.of("pointer", pointer, "message", message))));
    }
}
