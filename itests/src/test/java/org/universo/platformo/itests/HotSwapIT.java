package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A template bundle dropped into deploy/ of the running server: v1 appears and builds; v2 dropped in while builds
 * run takes over new builds without any build failing; removing the jars removes the template, and a publication
 * built with it keeps serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotSwapIT extends BaseIT {
    private static final String TEMPLATE = "/api/v1/templates/hello";

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution(), editConfigurationFilePut("etc/system.properties",
                "universo.it.hello.jar", System.getProperty("universo.it.hello.jar"))};
    }

    @Test
    public void templatesAreInstalledUpgradedAndRemovedWhileTheServerRuns() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String space = versionedSpace(h, a);
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path v1 = version("1.0.0", deploy.resolve("hello-1.jar"));
        assertEquals("1.0.0", await(h, a, TEMPLATE, "1.0.0").at("/manifest/version").asText());
        String first = build(h, a, space, "first");
        assertEquals("1.0.0", done(h, a, first).path("templateVersion").asText());

        List<String> during = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            during.add(build(h, a, space, "during " + i));
        }
        Path v2 = version("2.0.0", deploy.resolve("hello-2.jar"));
        await(h, a, TEMPLATE, "2.0.0");
        for (String job : during) {
            JsonNode j = done(h, a, job);
            assertEquals(j.toString(), "succeeded", j.path("status").asText());
            assertTrue(j.toString(), Set.of("1.0.0", "2.0.0").contains(j.path("templateVersion").asText()));
        }
        String after = build(h, a, space, "after");
        assertEquals("2.0.0", done(h, a, after).path("templateVersion").asText());

        String slug = "hot-" + Long.toHexString(System.nanoTime());
        String p = "/api/v1/publications/" + h.post("/api/v1/publications", "{\"spaceId\":\"" + space + "\",\"slug\":\""
                + slug + "\",\"name\":\"Hot\",\"visibility\":\"public\"}", a).json().path("id").asText();
        h.post(p + "/versions", "{\"buildId\":\"" + after + "\",\"status\":\"release\"}", a);
        h.post(p + "/activate", "{\"version\":1}", a);
        Files.delete(v2);
        Files.delete(v1);
        long end = System.currentTimeMillis() + 30_000;
        while (h.get(TEMPLATE, a).status() != 404 && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        assertError(h.get(TEMPLATE, a), 404, "not_found");
        assertError(h.post("/api/v1/builds", "{\"spaceId\":\"" + space + "\",\"version\":1,\"templateId\":\"hello\"}", a),
                404, "not_found");
        Http.Reply page = h.get("/p/" + slug + "/", null);
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("<h1>after</h1>"));
    }

    private static String build(Http h, String token, String space, String heading) {
        Http.Reply r = h.post("/api/v1/builds", "{\"spaceId\":\"" + space + "\",\"version\":1,\"templateId\":\"hello\","
                + "\"settings\":{\"heading\":\"" + heading + "\"}}", token);
        assertTrue(r.body(), r.status() == 202 || r.status() == 200);
        return r.json().path("id").asText();
    }

    private static JsonNode done(Http h, String token, String job) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        JsonNode j = h.get("/api/v1/builds/" + job, token).json();
        while (!Set.of("succeeded", "failed", "cancelled").contains(j.path("status").asText())
                && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            j = h.get("/api/v1/builds/" + job, token).json();
        }
        return j;
    }

    private static JsonNode await(Http h, String token, String path, String version) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        Http.Reply r = h.get(path, token);
        while ((r.status() != 200 || !version.equals(r.json().at("/manifest/version").asText()))
                && System.currentTimeMillis() < end) {
            Thread.sleep(200);
            r = h.get(path, token);
        }
        assertEquals(r.body(), 200, r.status());
        return r.json();
    }

    /** The example template bundle re-versioned (bundle and template version), copied in atomically. */
    private static Path version(String version, Path target) throws IOException {
        Path tmp = Files.createTempFile("hello", ".jar");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(Path.of(System.getProperty("universo.it.hello.jar"))));
             OutputStream file = Files.newOutputStream(tmp)) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    out.write(e.getName().endsWith("template.properties")
                            ? ("version=" + version + "\n").getBytes(StandardCharsets.ISO_8859_1) : readAll(in));
                    out.closeEntry();
                }
            }
        }
        return Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
