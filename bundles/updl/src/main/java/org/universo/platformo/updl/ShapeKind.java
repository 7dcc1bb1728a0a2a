package org.universo.platformo.updl;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a diagram shape is; lines and arrows use {@link Geometry#points()}, groups {@link Shape#children()}. */
public enum ShapeKind {
    @JsonProperty("rectangle") RECTANGLE,
    @JsonProperty("ellipse") ELLIPSE,
    @JsonProperty("text") TEXT,
    @JsonProperty("line") LINE,
    @JsonProperty("arrow") ARROW,
    @JsonProperty("group") GROUP;

    /** Lines and arrows are drawn through points rather than in a box. */
    public boolean isLinear() {
        return this == LINE || this == ARROW;
    }
}
