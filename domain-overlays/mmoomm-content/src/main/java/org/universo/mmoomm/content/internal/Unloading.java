package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.economy.Account;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.Ledger;
import org.universo.platformo.economy.Receipt;

/**
 * Ore leaves a ship's hold (ECS) and becomes ledger goods (whole kg) in the owner's account, where the market trades
 * it. Two stores, so two steps, each repeatable: the hold is written at the version read with the unload's key kept
 * in {@code ops}; the ledger credit is issued under the same key. A retry after a crash between them finds its key in
 * the hold and only issues, which the ledger does once.
 */
final class Unloading {
    static final String ISSUER = "mmoomm-content";
    private static final int KEPT_OPS = 16;
    private final EntityStore store;
    private final Ledger ledger;

    Unloading(EntityStore store, Ledger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    Receipt unload(String userId, String key, UnloadCargo in) {
        if (key == null || key.isBlank() || key.length() > 80) {
            throw ApiException.badRequest("An Idempotency-Key header of 1 to 80 characters is required");
        }
        Balance.Material mat = Balance.MATERIALS.stream().filter(m -> m.id().equals(in.materialId())).findFirst()
                .orElseThrow(() -> refused("unknown_material", "no material " + in.materialId()));
        Account account = ledger.account(userId, in.accountId());
        if (!account.currency().equals(mat.currency())) {
            throw refused("wrong_account", "the account holds " + account.currency() + ", not " + mat.currency());
        }
        EntityView ship = store.find(in.shipId()).filter(e -> e.ownerId().equals(userId))
                .orElseThrow(() -> ApiException.notFound("ship"));
        ComponentValue hold = ship.components().get(MmoommComponentTypes.CARGO);
        if (hold == null) {
            throw refused("missing_component", "the ship has no hold");
        }
        String op = "unload:" + key;
        if (!contains(hold.data().path("ops"), op)) {
            double have = hold.data().path("items").path(mat.id()).asDouble();
            if (have + 1e-9 < in.quantityKg()) {
                throw new ApiException(ErrorCode.CONFLICT, "the hold has " + Math.floor(have) + " kg of " + mat.id(),
                        Map.of("reason", "not_enough_cargo"));
            }
            ObjectNode next = hold.data().deepCopy();
            ObjectNode items = next.with("items");
            items.put(mat.id(), have - in.quantityKg());
            next.put("usedM3", Math.max(0, next.path("usedM3").asDouble() - in.quantityKg() / mat.densityKgM3()));
            ArrayNode ops = next.withArray("ops");
            ops.add(op);
            while (ops.size() > KEPT_OPS) {
                ops.remove(0);
            }
            if (!store.write(List.of(new ComponentWrite(ship.id(), MmoommComponentTypes.CARGO, hold.version(), next)))
                    .conflicts().isEmpty()) {
                throw new ApiException(ErrorCode.CONFLICT, "the hold changed meanwhile; unload again",
                        Map.of("reason", "busy"));
            }
        }
        return ledger.issue(ISSUER, userId + ":" + op, account.id(), new Inputs.Issue(in.quantityKg(), "unloaded from "
                + ship.id()));
    }

    private static boolean contains(JsonNode ops, String op) {
        for (JsonNode o : ops) {
            if (o.asText().equals(op)) {
                return true;
            }
        }
        return false;
    }

    private static ApiException refused(String reason, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message, Map.of("reason", reason));
    }
}
