package org.universo.platformo.template.spi;

import org.osgi.annotation.versioning.ConsumerType;

/** Adds files (models, textures, sounds) to an app; targeted like {@link SceneContributor}. Use paths under assets/. */
@ConsumerType
public interface AssetContributor {
    void contribute(GenerationContext context, ArtifactWriter out) throws Exception;
}
