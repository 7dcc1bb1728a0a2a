package org.universo.mmoomm.trading.internal;

import java.lang.reflect.Method;
import org.universo.platformo.economy.internal.EconomyComponent;

/** Closes a test's ledger the way the framework would: its JPA unit is cached by name until then. */
final class Ledgers {
    private Ledgers() {
    }

    static void close(EconomyComponent ledger) {
        try {
            Method m = EconomyComponent.class.getDeclaredMethod("deactivate");
            m.setAccessible(true);
            m.invoke(ledger);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
