package org.universo.platformo.auth.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a delivery signed per the Standard Webhooks scheme (as Supabase Auth signs them): HMAC-SHA256 with the
 * secret ({@code whsec_} + base64) over {@code id.timestamp.body}, sent as {@code v1,<base64>} (several, space
 * separated, while secrets rotate), and a timestamp within {@code tolerance} of the clock either way.
 */
public final class StandardWebhooks {
    private final byte[] key;
    private final Clock clock;
    private final Duration tolerance;

    /** Why a delivery is refused. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    public StandardWebhooks(String secret, Clock clock, Duration tolerance) {
        String s = secret.trim();
        if (s.startsWith("v1,")) {
            s = s.substring(3);
        }
        if (s.startsWith("whsec_")) {
            s = s.substring(6);
        }
        this.key = Base64.getDecoder().decode(s);
        this.clock = clock;
        this.tolerance = tolerance;
    }

    public void verify(String id, String timestamp, String signatures, byte[] body) throws Refused {
        if (id == null || id.isBlank() || timestamp == null || signatures == null) {
            throw new Refused("webhook-id, webhook-timestamp and webhook-signature are required");
        }
        long at;
        try {
            at = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new Refused("webhook-timestamp is not a number of seconds");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - at) > tolerance.toSeconds()) {
            throw new Refused("webhook-timestamp is more than " + tolerance.toSeconds() + " s away from now");
        }
        byte[] expected = sign(id + "." + at + ".", body);
        for (String candidate : signatures.trim().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma > 0 && candidate.substring(0, comma).equals("v1")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(candidate.substring(comma + 1));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, given)) {
                    return;
                }
            }
        }
        throw new Refused("no webhook-signature matches the delivery");
    }

    /** The v1 signature of a delivery, for senders and tests. */
    public String signature(String id, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(sign(id + "." + timestamp + ".", body));
    }

    private byte[] sign(String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
