package org.universo.platformo.api.protocol;

import java.util.regex.Pattern;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Payload of {@link Topics#ECONOMY_TRANSFER}. Money is an integer count of the currency's minor units,
 * never floating point, and is capped at 2^53-1 so JavaScript clients read it without rounding.
 */
@JsonSchemaRef("protocol/EconomyTransferPayload.schema.json")
public record EconomyTransferPayload(
        String transactionId,
        String from,
        String to,
        String currency,
        long amountMinor) {

    /** Largest integer a JavaScript number holds exactly ({@code Number.MAX_SAFE_INTEGER}). */
    public static final long MAX_AMOUNT_MINOR = (1L << 53) - 1;

    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z0-9_]{1,16}");

    public EconomyTransferPayload {
        Checks.nonBlank(transactionId, "EconomyTransferPayload.transactionId");
        Checks.nonBlank(from, "EconomyTransferPayload.from");
        Checks.nonBlank(to, "EconomyTransferPayload.to");
        Checks.matches(currency, CURRENCY, "EconomyTransferPayload.currency");
        if (amountMinor <= 0 || amountMinor > MAX_AMOUNT_MINOR) {
            throw new IllegalArgumentException(
                    "EconomyTransferPayload.amountMinor must be in [1, 2^53-1]: " + amountMinor);
        }
    }
}
