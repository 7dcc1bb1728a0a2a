package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Hashtable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The distribution on a real PostgreSQL (a fresh database per run): auth end to end, metrics, OpenAPI, shell. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresIT extends BaseIT {
    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution(), org.ops4j.pax.exam.karaf.options.KarafDistributionOption
                .editConfigurationFilePut("etc/system.properties", "universo.it.sdk.dir",
                        System.getProperty("universo.it.sdk.dir"))};
    }

    @Test
    public void bootsWithFeaturesAndComponentsOnPostgres() throws Exception {
        Http h = http();
        assertTrue(features.isInstalled(features.getFeature("universo-core")));
        assertPlatformComponentsActive();
        JsonNode health = h.get("/api/v1/health", null).json();
        assertEquals("UP", health.path("status").asText());
        assertEquals("postgresql", health.path("checks").path("database").path("detail").asText());
    }

    @Test
    public void registerLoginRefreshReuseRevokesTheFamily() throws Exception {
        Http h = http();
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> listener = context.registerService(EventHandler.class, events::add,
                new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, "universo/auth/*")));
        String email = uniqueEmail();
        Http.Reply reg = h.post("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(reg.body(), 202, reg.status());
        Event created = events.poll(10, TimeUnit.SECONDS);
        assertEquals("universo/auth/user/created", created.getTopic());
        Http.Reply taken = h.post("/api/v1/auth/register", "{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"other horse 2\"}", null);
        assertEquals("a taken email gets the same answer", reg.status() + " " + reg.body(), taken.status() + " " + taken.body());
        assertNull("and creates nothing", events.poll(1, TimeUnit.SECONDS));
        Http.Reply login = h.post("/api/v1/auth/login", "{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(login.body(), 200, login.status());
        assertEquals("tokens are never cached", "no-store", login.cacheControl());
        String access = login.json().path("accessToken").asText();
        String first = login.json().path("refreshToken").asText();
        assertEquals(email, h.get("/api/v1/auth/me", access).json().path("email").asText());
        assertEquals(login.json().path("user").path("id").asText(), created.getProperty("userId"));

        Http.Reply rotated = h.post("/api/v1/auth/refresh", refresh(first), null);
        assertEquals(rotated.body(), 200, rotated.status());
        String second = rotated.json().path("refreshToken").asText();
        assertNotEquals(first, second);
        Http.Reply withinGrace = h.post("/api/v1/auth/refresh", refresh(first), null);
        assertEquals("a second tab within the grace interval still refreshes", 200, withinGrace.status());

        Thread.sleep(1500);
        Http.Reply reused = h.post("/api/v1/auth/refresh", refresh(first), null);
        assertEquals(401, reused.status());
        assertEquals("token_invalid", reused.json().path("code").asText());
        Event revoked = events.poll(10, TimeUnit.SECONDS);
        assertEquals("universo/auth/session/revoked", revoked.getTopic());
        assertEquals("refresh_token_reuse", revoked.getProperty("reason"));
        listener.unregister();
        Http.Reply familyGone = h.post("/api/v1/auth/refresh", refresh(second), null);
        assertEquals("every token of the family is revoked", 401, familyGone.status());
        Thread.sleep(5200); // the revocation cache of access tokens lasts at most 5 s
        assertEquals(401, h.get("/api/v1/auth/me", rotated.json().path("accessToken").asText()).status());

        Http.Reply again = h.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals("signing in again opens a new session", 200, again.status());
        Http.Reply wrong = h.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"wrong horse 1\"}", null);
        assertEquals(401, wrong.status());
        assertEquals("unauthorized", wrong.json().path("code").asText());
    }

    @Test
    public void onlyAdministratorsListUsersAndEachUserSeesOnlyThemself() throws Exception {
        Http h = http();
        String admin = uniqueEmail();
        String player = uniqueEmail();
        for (String e : List.of(admin, player)) {
            assertEquals(202, h.post("/api/v1/auth/register", "{\"email\":\"" + e + "\",\"password\":\"correct horse 1\"}", null).status());
        }
        assertTrue(shell("universo:role " + admin + " add admin").contains("admin"));
        assertFalse(shell("universo:role " + player + " remove admin").contains("admin"));
        String adminToken = login(h, admin);
        String playerToken = login(h, player);

        assertError(h.get("/api/v1/admin/users", playerToken), 403, "forbidden");
        assertError(h.get("/api/v1/admin/users", null), 401, "unauthorized");
        Http.Reply page = h.get("/api/v1/admin/users?limit=500", adminToken);
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.body().contains(admin) && page.body().contains(player));
        assertFalse("no credentials in the listing", page.body().contains("argon2"));
        assertError(h.get("/api/v1/admin/users?limit=0", adminToken), 422, "validation_failed");
        assertError(h.get("/api/v1/admin/users?offset=abc", adminToken), 400, "bad_request");

        assertEquals(player, h.get("/api/v1/auth/me", playerToken).json().path("email").asText());
        assertEquals(admin, h.get("/api/v1/auth/me", adminToken).json().path("email").asText());

        // a role change ends the user's live access at once: tokens carrying the old roles are refused
        assertTrue(shell("universo:role " + player + " add moderator").contains("moderator"));
        assertError(h.get("/api/v1/auth/me", playerToken), 401, "token_invalid");
        assertTrue(login(h, player).length() > 0);
        assertTrue(h.get("/api/v1/auth/me", login(h, player)).json().path("roles").toString().contains("moderator"));
        String stillAdmin = login(h, admin);
        shell("universo:role " + admin + " add admin");
        assertEquals("an unchanged role set revokes nothing", 200, h.get("/api/v1/auth/me", stillAdmin).status());
    }

    @Test
    public void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        Http h = http();
        String email = uniqueEmail();
        assertEquals(202, h.post("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null).status());
        String wrong = "{\"email\":\"" + email + "\",\"password\":\"wrong horse 1\"}";
        for (int i = 0; i < 5; i++) {
            assertEquals("X-Forwarded-For is ignored without a trusted proxy", 401, h.send("POST",
                    "/api/v1/auth/login", wrong, null, "application/json", "X-Forwarded-For", "10.9.0." + i).status());
        }
        Http.Reply locked = h.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertError(locked, 429, "rate_limited");
        assertTrue(locked.json().path("details").path("retryAfterSeconds").asLong() >= 1);
        Thread.sleep(2100);
        assertEquals("after the lock expires the right password works", 200,
                h.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null).status());
    }

    @Test
    public void supabaseTokenIsAcceptedAndMappedToAUser() throws Exception {
        Http h = http();
        String sub = UUID.randomUUID().toString();
        String token = supabaseToken(sub, SUPABASE_SECRET, new Date(System.currentTimeMillis() + 300_000));
        Http.Reply me = h.get("/api/v1/auth/me", token);
        assertEquals(me.body(), 200, me.status());
        String userId = me.json().path("id").asText();
        assertEquals("the same subject maps to the same user", userId, h.get("/api/v1/auth/me", token).json().path("id").asText());
        assertEquals(401, h.get("/api/v1/auth/me", supabaseToken(sub, SUPABASE_SECRET + "x", new Date(System.currentTimeMillis() + 300_000))).status());
        Http.Reply expired = h.get("/api/v1/auth/me", supabaseToken(sub, SUPABASE_SECRET, new Date(System.currentTimeMillis() - 120_000)));
        assertEquals(401, expired.status());
        assertEquals("token_expired", expired.json().path("code").asText());
    }

    /**
     * Supabase tells the platform of its users' changes through signed webhooks: a created user gets a local account,
     * an update moves its email, a deletion disables it (its Supabase token no longer signs in); a forged, stale or
     * replayed delivery is refused and changes nothing.
     */
    @Test
    public void supabaseUserWebhooksAreAppliedAndForgedOrReplayedOnesRefused() throws Exception {
        Http h = http();
        String sub = UUID.randomUUID().toString();
        String token = supabaseToken(sub, SUPABASE_SECRET, new Date(System.currentTimeMillis() + 300_000));
        long now = System.currentTimeMillis() / 1000;
        String created = "{\"type\":\"INSERT\",\"table\":\"users\",\"schema\":\"auth\",\"record\":{\"id\":\"" + sub
                + "\",\"email\":\"" + sub + "@first.example\"},\"old_record\":null}";
        assertEquals(200, webhook("msg-" + sub + "-1", now, created, SUPABASE_WEBHOOK_SECRET).statusCode());
        JsonNode me = Http.JSON.readTree(h.get("/api/v1/auth/me", token).body());
        assertEquals(sub + "@first.example", me.path("email").asText());

        String updated = created.replace("INSERT", "UPDATE").replace("@first.example", "@moved.example");
        java.net.http.HttpResponse<String> replay = webhook("msg-" + sub + "-1", now, updated, SUPABASE_WEBHOOK_SECRET);
        assertEquals(replay.body(), 409, replay.statusCode());
        java.net.http.HttpResponse<String> forged = webhook("msg-" + sub + "-2", now, updated,
                "whsec_" + java.util.Base64.getEncoder().encodeToString("not-the-project-secret-012345678".getBytes()));
        assertEquals(forged.body(), 401, forged.statusCode());
        assertEquals("unauthorized", Http.JSON.readTree(forged.body()).path("code").asText());
        assertEquals("stale", 401, webhook("msg-" + sub + "-3", now - 3600, updated, SUPABASE_WEBHOOK_SECRET)
                .statusCode());
        java.net.http.HttpResponse<String> bad = webhook("msg-" + sub + "-4", now, "{\"type\":\"TRUNCATE\"}",
                SUPABASE_WEBHOOK_SECRET);
        assertEquals(bad.body(), 422, bad.statusCode());
        assertEquals("nothing changed meanwhile", sub + "@first.example", Http.JSON.readTree(
                h.get("/api/v1/auth/me", token).body()).path("email").asText());

        assertEquals(200, webhook("msg-" + sub + "-5", now, updated, SUPABASE_WEBHOOK_SECRET).statusCode());
        assertEquals(sub + "@moved.example", Http.JSON.readTree(h.get("/api/v1/auth/me", token).body()).path("email")
                .asText());
        String deleted = "{\"type\":\"DELETE\",\"table\":\"users\",\"schema\":\"auth\",\"record\":null,"
                + "\"old_record\":{\"id\":\"" + sub + "\"}}";
        assertEquals(200, webhook("msg-" + sub + "-6", now, deleted, SUPABASE_WEBHOOK_SECRET).statusCode());
        assertEquals("a deleted user no longer signs in", 401, h.get("/api/v1/auth/me", token).status());
    }

    /** A delivery as Supabase sends it: Standard Webhooks headers, signed with {@code secret}. */
    private java.net.http.HttpResponse<String> webhook(String id, long timestamp, String body, String secret)
            throws Exception {
        byte[] key = java.util.Base64.getDecoder().decode(secret.substring("whsec_".length()));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        String signature = "v1," + java.util.Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "."
                + body).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://127.0.0.1:" + Integer.getInteger("universo.it.http.port") + "/api/v1/auth/supabase/webhook"))
                .header("Content-Type", "application/json").header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(timestamp)).header("webhook-signature", signature)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void badInputGetsStableErrorsNeverStackTraces() throws Exception {
        Http h = http();
        Http.Reply malformed = h.post("/api/v1/auth/login", "{\"email\":", null);
        assertError(malformed, 400, "malformed_json");
        assertError(h.post("/api/v1/auth/login", "{\"email\":\"a@b.c\",\"password\":\"x\",\"admin\":true}", null), 422, "validation_failed");
        assertError(h.post("/api/v1/auth/login", "{\"email\":7,\"password\":[]}", null), 422, "validation_failed");
        String big = "{\"email\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";
        assertError(h.post("/api/v1/auth/login", big, null), 413, "payload_too_large");
        assertError(h.get("/api/v1/auth/me", null), 401, "unauthorized");
        assertError(h.get("/api/v1/auth/me", "not.a.jwt"), 401, "token_invalid");
        String email = uniqueEmail();
        String access = register(h, email);
        String[] parts = access.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertError(h.get("/api/v1/auth/me", tampered), 401, "token_invalid");
        assertError(h.get("/api/v1/nowhere", null), 404, "not_found");
        assertError(h.send("DELETE", "/api/v1/health", null, null, null), 405, "method_not_allowed");
        assertError(h.send("POST", "/api/v1/auth/login", "email=a", null, "application/x-www-form-urlencoded"), 415, "unsupported_media_type");
    }

    @Test
    public void metricsOpenApiAndShellCommands() throws Exception {
        Http h = http();
        String email = uniqueEmail();
        assertEquals(202, h.post("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null).status());
        h.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"nope nope 1\"}", null);
        String metrics = h.get("/metrics", null).body();
        assertTrue(metrics, metrics.contains("universo_http_requests_total{method=\"POST\",route=\"/api/v1/auth/register\",status=\"202\"}"));
        assertTrue(metrics.contains("universo_auth_events_total{event=\"login\",outcome=\"failure\"}"));
        assertTrue(metrics.contains("jvm_memory_used_bytes"));
        Http.Reply proxied = h.send("GET", "/metrics", null, null, null, "X-Forwarded-For", "203.0.113.5");
        assertError(proxied, 403, "forbidden");

        JsonNode paths = h.get("/api/v1/openapi.json", null).json().path("paths");
        for (String p : List.of("/auth/register", "/auth/login", "/auth/refresh", "/auth/logout", "/auth/me", "/admin/users", "/health", "/openapi.json")) {
            assertTrue("OpenAPI documents " + p + ": " + paths, paths.has(p));
        }
        assertTrue(paths.path("/auth/me").path("get").has("security"));
        JsonNode live = h.get("/api/v1/openapi.json", null).json();
        com.fasterxml.jackson.databind.node.ObjectNode served = Http.JSON.createObjectNode();
        served.set("components", live.path("components"));
        served.set("paths", live.path("paths"));
        JsonNode committed = Http.JSON.readTree(new java.io.File(System.getProperty("universo.it.sdk.dir"), "openapi.json"));
        // numbers by value: the script writes 1e8 as 100000000, which Jackson reads as another node type
        java.util.Comparator<JsonNode> byValue = (x, y) -> x.equals(y) || x.isNumber() && y.isNumber()
                && x.decimalValue().compareTo(y.decimalValue()) == 0 ? 0 : 1;
        if (!committed.equals(byValue, served)) {
            assertEquals("the client SDK's openapi.json is the server's document (after an API change run "
                    + "bundles/client-sdk/update-openapi.mjs against a running platform)", committed, served);
        }
        assertFalse(paths.path("/auth/login").path("post").has("security"));

        String health = shell("universo:health");
        assertTrue(health, health.contains("database") && health.contains("UP"));
        String users = shell("universo:users");
        assertTrue(users, users.contains(email));
    }

    private static String refresh(String token) {
        return "{\"refreshToken\":\"" + token + "\"}";
    }

    private static String supabaseToken(String sub, String secret, Date exp) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(sub).issuer(SUPABASE_ISSUER).audience("authenticated")
                .claim("email", sub + "@supabase.example").claim("role", "authenticated")
                .issueTime(new Date()).expirationTime(exp).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
