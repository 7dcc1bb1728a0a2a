package org.universo.platformo.economy;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Money moves only through here. Every write names an idempotency key, unique per owner: a retry with the same key
 * and body returns the first receipt and writes nothing; the same key with another body is a 409.
 */
@ProviderType
public interface Ledger {

    Account open(String ownerId, String currency);

    /**
     * Makes a currency (or any fungible asset a domain keeps in the ledger, e.g. a material in kg) exist, with its
     * issuing and exchange accounts. Doing it again with the same minor units changes nothing.
     *
     * @throws org.universo.platformo.api.error.ApiException 409 when it exists with other minor units; 422 for a code
     *         that is not 2 to 8 capital letters or digits, or minor units outside 0..6
     */
    void define(String code, String name, int minorUnits);

    List<Account> accounts(String ownerId);

    /** @throws org.universo.platformo.api.error.ApiException 404 unless the account is the owner's */
    Account account(String ownerId, String accountId);

    Receipt transfer(String ownerId, String idempotencyKey, Inputs.Transfer transfer);

    Receipt exchange(String ownerId, String idempotencyKey, Inputs.Exchange exchange);

    /** New money from the currency's issuing account, for domain rewards and administrators. */
    Receipt issue(String actorId, String idempotencyKey, String accountId, Inputs.Issue issue);

    /** Newest first. */
    List<Receipt> history(String ownerId, String accountId, int offset, int limit);
}
