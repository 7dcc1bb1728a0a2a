package org.universo.platformo.auth.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Standard Webhooks signatures: the right secret over id, timestamp and body, within the tolerance, and nothing else. */
class StandardWebhooksTest {
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "a-project-webhook-secret-0123456".getBytes(StandardCharsets.UTF_8));
    private static final long NOW = 1_780_000_000L;
    private final StandardWebhooks hooks = new StandardWebhooks(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW),
            ZoneOffset.UTC), Duration.ofMinutes(5));
    private final byte[] body = "{\"type\":\"INSERT\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aDeliverySignedWithTheSecretWithinTheToleranceIsTakenAndNothingElse() {
        String sig = hooks.signature("msg_1", NOW, body);
        assertDoesNotThrow(() -> hooks.verify("msg_1", String.valueOf(NOW), sig, body));
        assertDoesNotThrow(() -> hooks.verify("msg_1", String.valueOf(NOW), "v1,bm90IGl0 " + sig, body),
                "one of several signatures (secrets rotating) matches");
        assertDoesNotThrow(() -> hooks.verify("msg_2", String.valueOf(NOW - 300), hooks.signature("msg_2", NOW - 300,
                body), body), "five minutes old");

        assertThrows(StandardWebhooks.Refused.class, () -> hooks.verify("msg_9", String.valueOf(NOW), sig, body),
                "another id");
        assertThrows(StandardWebhooks.Refused.class, () -> hooks.verify("msg_1", String.valueOf(NOW), sig,
                "{\"type\":\"DELETE\"}".getBytes(StandardCharsets.UTF_8)), "another body");
        assertThrows(StandardWebhooks.Refused.class, () -> hooks.verify("msg_3", String.valueOf(NOW - 301),
                hooks.signature("msg_3", NOW - 301, body), body), "too old");
        assertThrows(StandardWebhooks.Refused.class, () -> hooks.verify("msg_4", String.valueOf(NOW + 301),
                hooks.signature("msg_4", NOW + 301, body), body), "from the future");
        StandardWebhooks other = new StandardWebhooks("whsec_" + Base64.getEncoder().encodeToString(new byte[32]),
                Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC), Duration.ofMinutes(5));
        assertThrows(StandardWebhooks.Refused.class, () -> hooks.verify("msg_1", String.valueOf(NOW),
                other.signature("msg_1", NOW, body), body), "another secret");
        assertThrows(StandardWebhooks.Refused.class, () -> hooks.verify("msg_1", "soon", sig, body));
        assertThrows(StandardWebhooks.Refused.class, () -> hooks.verify(null, String.valueOf(NOW), sig, body));
        assertThrows(StandardWebhooks.Refused.class, () -> hooks.verify("msg_1", String.valueOf(NOW), "v2," +
                sig.substring(3), body), "an unknown scheme");
    }
}
