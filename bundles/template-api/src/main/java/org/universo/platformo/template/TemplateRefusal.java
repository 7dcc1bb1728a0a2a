package org.universo.platformo.template;

/**
 * A template service the platform left out, and why: its bundle may show as started while its template is not
 * available, so operators see these in {@code GET /templates} and {@code universo:templates}.
 *
 * @param templateId the id its manifest declares, or null when even the manifest could not be read
 * @param bundle the symbolic name and version of the bundle that registered it
 * @param reason what is wrong, for its author
 */
public record TemplateRefusal(String templateId, String bundle, String reason) {
}
