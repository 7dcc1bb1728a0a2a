/**
 * What REST and realtime code needs from authentication: the caller ({@link AuthPrincipal}, in REST through
 * {@link Callers#of}), roles, the user directory and the EventAdmin topics.
 */
@Version("0.3.0")
@Export
package org.universo.platformo.auth.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
