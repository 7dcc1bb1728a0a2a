/**
 * What a template bundle implements ({@link TemplatePlugin}) and what other bundles may contribute to a template
 * ({@link SceneContributor}, {@link AssetContributor}, {@link ScriptContributor}), all as OSGi services.
 */
@Version("0.3.0")
@Export
package org.universo.platformo.template.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
