package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Boots our own distribution (not a stock Karaf) on free ports, with helpers shared by the test classes. */
public abstract class BaseIT {
    static final String SUPABASE_SECRET = "it-supabase-project-jwt-secret-0123456789abcdef";
    static final String SUPABASE_ISSUER = "https://it-project.supabase.co/auth/v1";
    /** Standard Webhooks secret of the project's auth webhooks: whsec_ and 32 bytes in base64. */
    static final String SUPABASE_WEBHOOK_SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(
            "it-webhook-secret-0123456789abcd".getBytes(StandardCharsets.UTF_8));

    @Inject
    protected BundleContext context;
    @Inject
    protected FeaturesService features;
    @Inject
    protected SessionFactory sessions;
    @Inject
    protected ServiceComponentRuntime scr;

    protected static Option distribution(Option... extra) {
        String http = String.valueOf(freePort());
        List<Option> o = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("universo.distribution")).toURI().toString())
                        .unpackDirectory(new File("target/exam")).useDeployFolder(false)
                        .karafVersion("4.4.10").name("Universo Platformo"),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.repo.local")),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", http),
                editConfigurationFilePut("etc/system.properties", "universo.it.http.port", http),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.universo.platformo.auth.cfg", "refresh.reuse.grace.seconds", "1"),
                editConfigurationFilePut("etc/org.universo.platformo.auth.cfg", "argon2.memory.kib", "8192"),
                // Every account of a test class registers from 127.0.0.1; EmbeddedIT checks the shipped limit.
                editConfigurationFilePut("etc/org.universo.platformo.auth.cfg", "registrations.per.address", "1000"),
                editConfigurationFilePut("etc/org.universo.platformo.auth.supabase.cfg", "jwt.secret", SUPABASE_SECRET),
                editConfigurationFilePut("etc/org.universo.platformo.auth.supabase.cfg", "issuer", SUPABASE_ISSUER),
                editConfigurationFilePut("etc/org.universo.platformo.auth.supabase.cfg", "webhook.secret",
                        SUPABASE_WEBHOOK_SECRET)));
        o.addAll(List.of(extra));
        return composite(o.toArray(new Option[0]));
    }

    static final String PG = System.getProperty("universo.it.pg", "jdbc:postgresql://127.0.0.1:5432/");

    /** The distribution on a fresh PostgreSQL database (earlier test databases are dropped first). */
    protected static Option postgresDistribution() throws java.sql.SQLException {
        String db = "universo_it_" + Long.toHexString(System.nanoTime());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(PG + "postgres", "postgres", "");
             java.sql.Statement s = c.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery(
                    "SELECT datname FROM pg_database WHERE datname LIKE 'universo_it_%' AND datname <> current_database()")) {
                while (rs.next()) {
                    stale.add(rs.getString(1));
                }
            }
            for (String name : stale) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            s.execute("CREATE DATABASE " + db);
        }
        String cfg = "etc/org.ops4j.datasource-universo.cfg";
        return distribution(
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "url", PG + db),
                editConfigurationFilePut(cfg, "user", "postgres"),
                editConfigurationFilePut(cfg, "password", ""));
    }

    protected Http http() throws InterruptedException {
        Http h = new Http(Integer.getInteger("universo.it.http.port"));
        Http.Reply health = h.await("/api/v1/health", 200, 60_000);
        // The body names what the platform still waits for (bundles, components, unserved resources).
        assertEquals("health answers: " + health.body(), 200, health.status());
        assertEquals("auth routes published", 422, awaitStatus(h, 422));
        // Components that come up late may re-publish the web context; wait for them, then for the routes again.
        assertPlatformComponentsActive();
        assertEquals("auth routes still published", 422, awaitStatus(h, 422));
        return h;
    }

    /** Waits for /auth/login to be routed (400 on an empty object) rather than 404. */
    private static int awaitStatus(Http h, int status) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        int s = h.post("/api/v1/auth/login", "{}", null).status();
        while (s != status && System.currentTimeMillis() < end) {
            Thread.sleep(250);
            s = h.post("/api/v1/auth/login", "{}", null).status();
        }
        return s;
    }

    protected static void assertError(Http.Reply r, int status, String code) {
        assertEquals(r.body(), status, r.status());
        JsonNode body = r.json();
        assertEquals(r.body(), code, body.path("code").asText());
        assertFalse(body.path("message").asText().isBlank());
        assertEquals("trace id in body and header", r.traceHeader(), body.path("traceId").asText());
        assertFalse("no stack trace: " + r.body(), r.body().contains("Exception") || r.body().contains("at org."));
    }

    protected static String login(Http h, String email) {
        Http.Reply r = h.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(r.body(), 200, r.status());
        return r.json().path("accessToken").asText();
    }

    /** Registers an account, signs in to it and returns its access token. */
    protected static String register(Http h, String email) {
        // no JsonNode here: the probe in a stock Karaf (StockKarafIT) cannot load Jackson
        Http.Reply r = h.post("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(r.body(), 202, r.status());
        Http.Reply in = h.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse 1\"}", null);
        assertEquals(in.body(), 200, in.status());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(in.body());
        assertTrue(in.body(), m.find());
        return m.group(1);
    }


    /** A new world of the caller's with the given id; public ones admit every signed-in user as a player. */
    protected static String world(Http h, String token, String id, boolean isPublic) {
        Http.Reply r = h.post("/api/v1/worlds", "{\"id\":\"" + id + "\",\"visibility\":\""
                + (isPublic ? "public" : "private") + "\"}", token);
        assertEquals(r.body(), 201, r.status());
        return id;
    }

    /**
     * The world for a test's entities: made public by the first of its users to put something there, so that the
     * others play in it (a 409 tells that one of them made it already).
     */
    protected static String sharedWorld(Http h, String token, String id) {
        Http.Reply r = h.post("/api/v1/worlds", "{\"id\":\"" + id + "\",\"visibility\":\"public\"}", token);
        assertTrue(r.body(), r.status() == 201 || r.status() == 409);
        return id;
    }

    /** A one-time hand-off code for the user, as the editor's Play asks for one: for {@code #handoff=} in an app URL. */
    protected static String handoff(Http h, String token) {
        Http.Reply r = h.post("/api/v1/auth/handoff", "{}", token);
        assertEquals(r.body(), 201, r.status());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertTrue(r.body(), m.find());
        return m.group(1);
    }

    protected static String uniqueEmail() {
        return "it-" + UUID.randomUUID() + "@example.org";
    }

    /** Runs a Karaf shell command the way an operator would, and returns what it printed or returned. */
    protected String shell(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session s = sessions.create(new java.io.ByteArrayInputStream(new byte[0]), ps, ps);
        Object result = s.execute(command);
        s.close();
        return out.toString(StandardCharsets.UTF_8) + (result == null ? "" : result.toString());
    }

    /**
     * Every platform component is active (or satisfied and lazy); none is waiting for a reference. Components come up
     * asynchronously after a feature install (migrations, services they wait for), so this allows them 60 s.
     */
    protected void assertPlatformComponentsActive() throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (!notActive().isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(250);
        }
        List<String> broken = notActive();
        assertTrue("components not active: " + broken, broken.isEmpty());
    }

    private List<String> notActive() {
        List<String> broken = new ArrayList<>();
        int count = 0;
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!d.bundle.symbolicName.startsWith("org.universo.platformo")) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                count++;
                if (c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED) {
                    broken.add(d.name + " state " + c.state);
                }
            }
        }
        assertTrue("platform components found: " + count, count >= 15);
        return broken;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A space with one saved version (a single Space node), owned by {@code token}'s user. */
    protected static String versionedSpace(Http h, String token) {
        String unik = h.post("/api/v1/uniks", "{\"name\":\"Publish\"}", token).json().path("id").asText();
        String space = h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"Sector\"}", token).json().path("id").asText();
        ObjectNode body = Http.JSON.createObjectNode().put("revision", 0);
        ObjectNode canvas = body.putObject("graph").putArray("canvases").addObject().put("id", "main").put("name", "Main")
                .put("order", 0);
        ObjectNode node = canvas.putArray("nodes").addObject().put("id", "root").put("type", "Space");
        node.putObject("position").put("x", 0).put("y", 0);
        node.putObject("data").put("spaceName", "Sector");
        canvas.putArray("edges");
        assertEquals(200, h.send("PUT", "/api/v1/spaces/" + space + "/draft", body.toString(), token, "application/json").status());
        assertEquals(201, h.post("/api/v1/spaces/" + space + "/versions", "{\"label\":\"v1\"}", token).status());
        return space;
    }
}
