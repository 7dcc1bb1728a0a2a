package org.universo.platformo.spaceworlds;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.ecs.DesignedEntity;
import org.universo.platformo.metaverse.PublishableSpace;

/**
 * A space version as the designed part of the space's world. The world's id is the space's id; it is owned by the
 * space's unik.
 */
@ProviderType
public interface SpaceWorlds {

    /**
     * The designed entities of a space version and of the spaces it links (keyed {@code spaceId/nodeId}), every
     * component checked against its type: a node that cannot become
     * an entity refuses the whole space with a 422 whose {@code details.nodeIds} name the nodes and
     * {@code details.errors} say why ({@code nodeId}, {@code type}, {@code pointer}, {@code message}).
     */
    List<DesignedEntity> design(PublishableSpace space);

    /**
     * Reads the version (0: the draft) as {@code userId}, who must be an editor of the space, and applies its design
     * to the space's world, opening the world (private) if it does not exist yet. Refused as {@link #design} says, and
     * then nothing is written.
     */
    Materialized materialize(String userId, String spaceId, int version);

    /**
     * Applies a space version its caller has read (publishing, as the user who activates a publication) to the
     * space's world, opening it (private) if it does not exist yet; refused as {@link #design} says.
     */
    Materialized apply(PublishableSpace space);
}
