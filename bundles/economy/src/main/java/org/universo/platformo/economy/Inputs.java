package org.universo.platformo.economy;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** Request bodies of the economy API, each checked against its JSON Schema before binding. */
public final class Inputs {
    private Inputs() {
    }

    @JsonSchemaRef("economy/AccountCreate.schema.json")
    public record AccountCreate(String currency) {
    }

    /** {@code amount} in minor units of the accounts' currency. */
    @JsonSchemaRef("economy/Transfer.schema.json")
    public record Transfer(String fromAccountId, String toAccountId, long amount, String memo) {
    }

    /** Pays {@code amount} from one account and receives the converted amount into another of the other currency. */
    @JsonSchemaRef("economy/Exchange.schema.json")
    public record Exchange(String fromAccountId, String toAccountId, long amount) {
    }

    /** Administrators (and domain code through the Ledger) put new money into an account. */
    @JsonSchemaRef("economy/Issue.schema.json")
    public record Issue(long amount, String memo) {
    }
}
