package org.universo.platformo.ecs.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Universo ECS", description = "Limits of entity trees (etc/org.universo.platformo.ecs.cfg)")
public @interface EcsConfig {
    @AttributeDefinition(description = "Most entities one instantiation may create")
    int instantiate_max_entities() default 100_000;

    @AttributeDefinition(description = "Most entities a tree answer may hold")
    int tree_max_entities() default 100_000;

    @AttributeDefinition(description = "Deepest an entity may sit below its root (the root is at depth 1)")
    int tree_max_depth() default 32;
}
