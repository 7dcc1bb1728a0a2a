package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The ledger through REST on PostgreSQL: idempotent writes, double entry, privacy, bad input. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EconomyIT extends BaseIT {

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution()};
    }

    @Test
    public void moneyMovesOnlyThroughIdempotentBalancedTransactions() throws Exception {
        Http h = http();
        String admin = register(h, uniqueEmail());
        assertTrue("the first account of a fresh database administers it",
                h.get("/api/v1/auth/me", admin).json().path("roles").toString().contains("admin"));
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        assertEquals(401, h.get("/api/v1/economy/accounts", null).status());
        String inmoA = open(h, a, "INMO");
        String crdA = open(h, a, "CRD");
        String inmoB = open(h, b, "INMO");
        assertError(h.post("/api/v1/economy/accounts", "{\"currency\":\"XYZ\"}", a), 422, "validation_failed");

        assertError(write(h, a, "/api/v1/economy/accounts/" + inmoA + "/issue", "{\"amount\":1000}", "i1"), 403, "forbidden");
        assertEquals(201, write(h, admin, "/api/v1/economy/accounts/" + inmoA + "/issue", "{\"amount\":1000}", "i1").status());

        String pay = "{\"fromAccountId\":\"" + inmoA + "\",\"toAccountId\":\"" + inmoB + "\",\"amount\":300}";
        assertError(h.post("/api/v1/economy/transfers", pay, a), 400, "bad_request");
        Http.Reply first = write(h, a, "/api/v1/economy/transfers", pay, "t-1");
        assertEquals(first.body(), 201, first.status());
        JsonNode entries = first.json().path("entries");
        assertEquals(-300, entries.get(0).path("amount").asLong());
        assertEquals(300, entries.get(1).path("amount").asLong());
        Http.Reply retry = write(h, a, "/api/v1/economy/transfers", pay, "t-1");
        assertEquals("a retry answers the first receipt", 200, retry.status());
        assertEquals(first.json().path("transactionId"), retry.json().path("transactionId"));
        assertError(write(h, a, "/api/v1/economy/transfers", pay.replace("\"amount\":300", "\"amount\":301"), "t-1"), 409, "conflict");
        assertError(write(h, a, "/api/v1/economy/transfers", pay.replace("\"amount\":300", "\"amount\":5000"), "t-2"), 409, "conflict");
        assertError(write(h, a, "/api/v1/economy/transfers", pay.replace("\"amount\":300", "\"amount\":-5"), "t-3"), 422, "validation_failed");
        assertError(write(h, b, "/api/v1/economy/transfers", pay, "t-4"), 404, "not_found");
        assertEquals(700, h.get("/api/v1/economy/accounts/" + inmoA, a).json().path("balance").asLong());
        assertEquals(300, h.get("/api/v1/economy/accounts/" + inmoB, b).json().path("balance").asLong());
        assertError(h.get("/api/v1/economy/accounts/" + inmoA, b), 404, "not_found");

        Http.Reply x = write(h, a, "/api/v1/economy/exchanges", "{\"fromAccountId\":\"" + inmoA + "\",\"toAccountId\":\""
                + crdA + "\",\"amount\":200}", "x-1");
        assertEquals(x.body(), 201, x.status());
        assertEquals(20, h.get("/api/v1/economy/accounts/" + crdA, a).json().path("balance").asLong());
        JsonNode history = h.get("/api/v1/economy/accounts/" + inmoA + "/history", a).json();
        assertEquals("exchange, transfer, issue", history.get(0).path("kind").asText() + ", "
                + history.get(1).path("kind").asText() + ", " + history.get(2).path("kind").asText());
        assertTrue(h.get("/api/v1/openapi.json", a).json().path("paths").has("/economy/transfers"));
    }

    private static String open(Http h, String token, String currency) {
        Http.Reply r = h.post("/api/v1/economy/accounts", "{\"currency\":\"" + currency + "\"}", token);
        assertEquals(r.body(), 201, r.status());
        return r.json().path("id").asText();
    }

    private static Http.Reply write(Http h, String token, String path, String body, String key) {
        return h.send("POST", path, body, token, "application/json", "Idempotency-Key", key);
    }
}
