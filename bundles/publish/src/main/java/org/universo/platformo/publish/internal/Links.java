package org.universo.platformo.publish.internal;

/**
 * The public address of published apps in API answers: relative (/p/...) by default, or behind the configured base
 * URL, e.g. a CDN in front of the platform.
 */
record Links(String base) {

    Links {
        base = base == null ? "" : base.trim().replaceAll("/+$", "");
    }

    String app(String slug) {
        return base + "/p/" + slug + "/";
    }

    String version(String slug, int number) {
        return base + "/p/" + slug + "/v/" + number + "/";
    }
}
