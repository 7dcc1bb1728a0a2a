package org.universo.platformo.updl;

import org.universo.platformo.updl.internal.CoreNodeTypes;
import org.universo.platformo.updl.internal.DefaultGraphValidator;
import org.universo.platformo.updl.internal.DefaultLinkResolver;
import org.universo.platformo.updl.internal.NodeTypeRegistryComponent;
import org.universo.platformo.updl.internal.UpstreamFormatComponent;
import org.universo.platformo.updl.link.LinkResolver;
import org.universo.platformo.updl.spi.NodeTypeProvider;
import org.universo.platformo.utils.schema.SchemaValidator;

/**
 * The UPDL services without OSGi (plain Java, tests, benchmarks): the same implementations the DS components are.
 * Each call returns a new instance.
 */
public final class UpdlServices {
    private UpdlServices() {
    }

    /** The platform's core node types (Space, Entity, ..., SpaceLink, UnikLink, MetaverseLink). */
    public static NodeTypeProvider coreNodeTypes() {
        return new CoreNodeTypes();
    }

    /** A registry holding the given providers, registered in this order (earlier wins on duplicate type ids). */
    public static NodeTypeRegistry registry(NodeTypeProvider... providers) {
        NodeTypeRegistryComponent registry = new NodeTypeRegistryComponent();
        for (NodeTypeProvider provider : providers) {
            registry.add(provider);
        }
        return registry;
    }

    public static GraphValidator graphValidator(NodeTypeRegistry registry, SchemaValidator schemas) {
        return new DefaultGraphValidator(registry, schemas);
    }

    public static LinkResolver linkResolver() {
        return new DefaultLinkResolver();
    }

    public static UpstreamCanvasFormat upstreamFormat(NodeTypeRegistry registry) {
        return new UpstreamFormatComponent(registry);
    }
}
