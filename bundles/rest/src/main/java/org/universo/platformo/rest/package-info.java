/**
 * How a bundle contributes to the platform's REST API: register a DS component with
 * {@code @JaxrsResource} and {@code @JaxrsApplicationSelect(RestApi.APP_SELECT)}; JSON binding, schema
 * validation of {@code @JsonSchemaRef} bodies, error bodies, trace ids, metrics and the OpenAPI document
 * come from this bundle. Routes need an authenticated caller unless marked {@code @PermitAll}.
 */
@Version("0.2.0")
@Export
package org.universo.platformo.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
