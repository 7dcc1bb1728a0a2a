package org.universo.platformo.template.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Changes the scene a template is about to render, e.g. a domain overlay adding entities. {@code scene} is the
 * template's scene document (its shape is documented by each template); it is registered with the service property
 * {@link TemplatePlugin#TARGET_PROPERTY} naming the template.
 */
@ConsumerType
public interface SceneContributor {
    void contribute(GenerationContext context, ObjectNode scene);
}
