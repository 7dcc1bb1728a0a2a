package org.universo.platformo.realtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A body a room simulates, as its extensions see it: a joining player's avatar or a stored entity with a Transform.
 * Valid on the room's tick thread only, while the room calls the extension.
 */
@ProviderType
public interface RoomBody {

    /** The entity's id (an avatar has a generated one). */
    String entityId();

    /** The user who owns it, or null. */
    String ownerId();

    /** True for the body a player controls. */
    boolean avatar();

    double x();

    double y();

    double z();

    /** The unit vector it points along (its local −Z). */
    double[] forward();

    /** Its collision radius in metres. */
    double radius();

    /** Its capacitor: thrust and the extensions' actions draw on it; the movement rules recharge it. */
    double energy();

    void energy(double value);

    /** Current and maximum health; a maximum of 0 or less means it cannot be damaged. */
    double health();

    double maxHealth();

    /** Sets the health the room replicates (as Health) and, for a stored entity, writes back. */
    void health(double current, double max);

    /**
     * A component the extension keeps for this body: clients receive it when the room replicates its type, and a
     * stored entity writes it back with the next write-back (version checked like the room's own writes).
     */
    void component(String type, JsonNode data);

    /** A component's look for the moment (a damage state on the Visual): clients receive it, nothing is written back. */
    void show(String type, JsonNode data);

    /** The component as the room holds it now (loaded, set or shown), or null. */
    JsonNode component(String type);

    /** State an extension keeps on this body (cooldowns, fitted modules), one per key, created on first use. */
    <T> T state(Class<T> key, Supplier<T> create);
}
