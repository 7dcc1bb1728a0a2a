package org.universo.platformo.template;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of client a template produces. */
public enum Target {
    @JsonProperty("playcanvas") PLAYCANVAS,
    @JsonProperty("aframe") AFRAME,
    @JsonProperty("arjs") ARJS,
    @JsonProperty("other") OTHER
}
