package org.universo.platformo.auth.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.universo.platformo.auth.internal.crypto.KeyFile;
import org.universo.platformo.auth.internal.store.SigningKeyEntity;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.persistence.internal.JdbcDatabase;

class SigningKeysTest {
    @TempDir
    Path dir;

    @Test
    void theSecretIsSealedInTheDatabaseAndAnotherKeyFileCannotOpenIt() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Database db = new JdbcDatabase(ds);
        db.migrate("auth", AuthManager.class);
        try (JpaUnit unit = db.openUnit("auth", Entities.ALL)) {
            KeyFile keys = KeyFile.open(dir.resolve("etc/universo-secrets.key"));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.path())));
            byte[] first = SigningKeys.generatedSecret(unit, keys);
            String stored = unit.read(em -> em.find(SigningKeyEntity.class, "access-token-hs256")).secret;
            assertTrue(KeyFile.isSealed(stored), stored);
            assertFalse(stored.contains(new String(first)), "the database does not hold the secret");
            assertArrayEquals(first, SigningKeys.generatedSecret(unit, KeyFile.open(keys.path())), "read back");

            KeyFile other = KeyFile.open(dir.resolve("other.key"));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SigningKeys.generatedSecret(unit, other));
            assertTrue(e.getMessage().contains("sealed with another key file"), e.getMessage());

            // a value from before sealing is used as it is and sealed in place
            unit.txRun(em -> em.find(SigningKeyEntity.class, "access-token-hs256").secret = "legacy-plain-secret-0123456789");
            assertArrayEquals("legacy-plain-secret-0123456789".getBytes(), SigningKeys.generatedSecret(unit, keys));
            assertTrue(KeyFile.isSealed(unit.read(em -> em.find(SigningKeyEntity.class, "access-token-hs256")).secret));
            assertArrayEquals("legacy-plain-secret-0123456789".getBytes(), SigningKeys.generatedSecret(unit, keys));
        }
    }
}
