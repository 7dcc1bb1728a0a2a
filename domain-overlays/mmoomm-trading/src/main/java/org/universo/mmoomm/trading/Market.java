package org.universo.mmoomm.trading;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Station markets in Inmo for materials kept in the ledger. Every write takes the caller's idempotency key. */
@ProviderType
public interface Market {

    Order place(String ownerId, String idempotencyKey, PlaceOrder order);

    /** Cancels what remains of the caller's open order and refunds its escrow; cancelling again changes nothing. */
    Order cancel(String ownerId, String orderId);

    Order order(String ownerId, String orderId);

    List<Order> mine(String ownerId, int offset, int limit);

    /** The open orders of a station for a material: buys best price first, then sells best price first. */
    List<Order.Level> book(String stationId, String material);
}
