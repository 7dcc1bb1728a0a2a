/**
 * The MMOOMM vocabulary shared by its rules, content and clients: enums whose wire names are the JSON values, the
 * resistances shape and the payloads of MMOOMM events. Each has a JSON Schema under
 * {@code UNIVERSO-INF/schemas/mmoomm/}, the source of truth the records are tested against.
 */
@Version("0.3.0")
@Export
package org.universo.mmoomm.types;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
