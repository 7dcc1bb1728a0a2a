package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.mmoomm.types.MmoommTopics;
import org.universo.mmoomm.types.StationSalePayload;
import org.universo.mmoomm.types.WalletCurrency;
import org.universo.mmoomm.utils.DomainEvents;
import org.universo.platformo.economy.Account;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.Ledger;
import org.universo.platformo.realtime.spi.BodyBinding;
import org.universo.platformo.realtime.spi.RoomBody;
import org.universo.platformo.realtime.spi.RoomContext;

/**
 * A station buys a hold: the ore leaves the hold and the sale waits in it ({@code Cargo.sales}) until the ledger has
 * credited the owner's Inmo account. The hold is saved before the ledger is called, and the credit is issued under
 * the sale's key, so whatever fails in between, the ore is paid exactly once: a sale still waiting when a world loads
 * (the server stopped, the ledger was away) is paid then.
 */
@Component(service = {StationSales.class, BodyBinding.class})
public final class StationSales implements BodyBinding {
    static final int MAX_PENDING = 16;
    private final Ledger ledger;

    /** A priced sale; {@code inmo} in Inmo minor units. */
    record Sale(String key, String stationId, double massKg, long inmo) {
        ObjectNode json() {
            return JsonNodeFactory.instance.objectNode().put("key", key).put("stationId", stationId)
                    .put("massKg", massKg).put("inmo", inmo);
        }
    }

    /** A sale the ledger credited, and what its player is told. */
    private record Paid(String key, StationSalePayload payload) {
    }

    @Activate
    public StationSales(@Reference Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * What the station pays for the hold: the creator's price per tonne (whole Inmo) for any ore when they set one,
     * else each material's value, rounded down to the cent; null when the hold is empty.
     */
    static Sale price(JsonNode station, JsonNode hold, String key, String stationId) {
        double kg = 0;
        double minor = 0;
        Iterator<Map.Entry<String, JsonNode>> items = hold.path("items").fields();
        while (items.hasNext()) {
            Map.Entry<String, JsonNode> item = items.next();
            double mass = item.getValue().asDouble();
            if (mass <= 0) {
                continue;
            }
            kg += mass;
            if (station.has("pricePerTon")) {
                minor += mass / 1000 * station.path("pricePerTon").asDouble() * 100;
            } else {
                minor += mass * Balance.MATERIALS.stream().filter(m -> m.id().equals(item.getKey())).findFirst()
                        .map(Balance.Material::valueInmoPerKg).orElse(0L);
            }
        }
        return kg <= 0 ? null : new Sale(key, stationId, kg, (long) Math.floor(minor + 1e-9));   // no fractions of a cent
    }

    /** Sales waiting in a loaded ship's hold are paid now. */
    @Override
    public void bind(RoomContext room, RoomBody body, Map<String, JsonNode> components) {
        JsonNode hold = components.get(MmoommComponentTypes.CARGO);
        if (hold != null && hold.path("sales").size() > 0 && body.ownerId() != null) {
            pay(room, body.entityId(), body.ownerId(), null);
        }
    }

    /** Pays the sales waiting in the ship's hold, after saving {@code saveFirst}; the player hears of each. */
    void pay(RoomContext room, String shipId, String ownerId, RoomBody saveFirst) {
        JsonNode hold = room.body(shipId).map(b -> b.component(MmoommComponentTypes.CARGO)).orElse(null);
        if (hold == null) {
            return;
        }
        List<Sale> due = new ArrayList<>();
        hold.path("sales").forEach(s -> due.add(new Sale(s.path("key").asText(), s.path("stationId").asText(),
                s.path("massKg").asDouble(), s.path("inmo").asLong())));
        room.offTick(saveFirst, () -> credit(ownerId, shipId, due), (r, paid, failure) -> {
            RoomBody ship = r.body(shipId).orElse(null);
            if (ship == null) {
                return;   // gone (jumped, left): the sales stay in its hold and are paid where it loads next
            }
            if (failure != null) {
                RoomActions.refuse(r, ship, "sell", "ledger_unavailable", "the sale is kept and paid once the"
                        + " ledger answers");
                return;
            }
            settled(ship, paid);
            for (Paid p : paid) {
                r.tell(ship, MmoommTopics.STATION_SOLD, DomainEvents.payload(MmoommTopics.STATION_SOLD,
                        p.payload()));
            }
        });
    }

    /** Room I/O lane: one credit per sale, under its key. */
    private List<Paid> credit(String ownerId, String shipId, List<Sale> due) {
        Account account = ledger.accounts(ownerId).stream().filter(a -> a.currency().equals(WalletCurrency.INMO
                .wire()) && a.kind().equals("user")).findFirst()
                .orElseGet(() -> ledger.open(ownerId, WalletCurrency.INMO.wire()));
        List<Paid> paid = new ArrayList<>();
        for (Sale s : due) {
            if (s.inmo() > 0) {
                ledger.issue(Unloading.ISSUER, ownerId + ":" + s.key(), account.id(), new Inputs.Issue(s.inmo(),
                        "ore sold at station " + s.stationId()));
            }
            long balance = ledger.account(ownerId, account.id()).balance();
            paid.add(new Paid(s.key(), new StationSalePayload(shipId, s.stationId(), s.massKg(), s.inmo(),
                    account.id(), balance)));
        }
        return paid;
    }

    /** The paid sales leave the hold as the room holds it now (more may have been added meanwhile). */
    private static void settled(RoomBody ship, List<Paid> paid) {
        JsonNode hold = ship.component(MmoommComponentTypes.CARGO);
        if (hold == null || paid.isEmpty()) {
            return;
        }
        Set<String> done = new HashSet<>();
        paid.forEach(p -> done.add(p.key()));
        ObjectNode next = hold.deepCopy();
        ArrayNode left = JsonNodeFactory.instance.arrayNode();
        hold.path("sales").forEach(s -> {
            if (!done.contains(s.path("key").asText())) {
                left.add(s);
            }
        });
        next.set("sales", left);
        ship.component(MmoommComponentTypes.CARGO, next);
    }
}
