package org.universo.platformo.template;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * The templates installed right now, following template bundles as they come, are upgraded and go. One plugin per
 * template id: when two bundles register the same id, the higher version wins (then the older service).
 */
@ProviderType
public interface TemplateRegistry {

    List<TemplateInfo> list();

    Optional<TemplateInfo> info(String id);

    /** The plugin to build with now; a build keeps the instance it started with even if the bundle is upgraded. */
    Optional<TemplatePlugin> plugin(String id);

    /** Template services registered now but left out (incompatible API, broken manifest or schema), with reasons. */
    List<TemplateRefusal> refused();

    /** Increases on every change of {@link #list()} or {@link #refused()}. */
    long revision();
}
