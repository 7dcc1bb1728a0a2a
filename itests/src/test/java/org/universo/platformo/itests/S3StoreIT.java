package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * The distribution with its artifact store switched to S3 by configuration, against a real S3-compatible server
 * (s3proxy, started by this test before Karaf): a build lands in the bucket and its publication is served from it;
 * publication links name the CDN configured in front of the platform.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class S3StoreIT extends BaseIT {

    @Configuration
    public Option[] config() throws Exception {
        Path work = Files.createTempDirectory("s3proxy-it");
        Files.createDirectories(work.resolve("data/apps"));
        int port = freePort();
        Files.write(work.resolve("s3proxy.properties"), List.of("s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=it-identity", "s3proxy.credential=it-credential",
                "jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + work.resolve("data")));
        // The test JVM may be halted without running shutdown hooks, so the server also ends on its own after
        // ten minutes, and servers left by an earlier interrupted run are stopped first.
        ProcessHandle.allProcesses().filter(h -> h.info().commandLine().orElse("").contains("s3proxy-it"))
                .forEach(ProcessHandle::destroy);
        Process p = new ProcessBuilder("timeout", "600", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("s3proxy.jar"), "--properties", work.resolve("s3proxy.properties").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
        awaitPort(port, p);
        String s3 = "etc/org.universo.platformo.artifacts.s3.cfg";
        return new Option[] {postgresDistribution(),
            editConfigurationFilePut(s3, "bucket", "apps"),
            editConfigurationFilePut(s3, "endpoint", "http://127.0.0.1:" + port),
            editConfigurationFilePut(s3, "access.key", "it-identity"),
            editConfigurationFilePut(s3, "secret.key", "it-credential"),
            editConfigurationFilePut("etc/org.universo.platformo.template.engine.cfg", "store.target",
                    "(universo.artifact.store=s3)"),
            editConfigurationFilePut("etc/system.properties", "universo.it.s3.data", work.resolve("data/apps").toString()),
            editConfigurationFilePut("etc/org.universo.platformo.publish.cfg", "public.base.url", "https://cdn.example.test/")};
    }

    @Test
    public void buildsGoToTheBucketAndPublicationsAreServedFromIt() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        ServiceRegistration<TemplatePlugin> echo = context.registerService(TemplatePlugin.class, new EchoTemplate("1.0.0"), null);
        try {
            String space = versionedSpace(h, a);
            Http.Reply queued = h.post("/api/v1/builds", "{\"spaceId\":\"" + space + "\",\"version\":1,\"templateId\":\""
                    + EchoTemplate.ID + "\",\"settings\":{\"greeting\":\"from s3\"}}", a);
            String job = queued.json().path("id").asText();
            long end = System.currentTimeMillis() + 30_000;
            String status = "";
            while (!"succeeded".equals(status) && !"failed".equals(status) && System.currentTimeMillis() < end) {
                Thread.sleep(100);
                status = h.get("/api/v1/builds/" + job, a).json().path("status").asText();
            }
            assertEquals(h.get("/api/v1/builds/" + job + "/logs", a).body(), "succeeded", status);
            String hash = h.get("/api/v1/builds/" + job, a).json().path("inputHash").asText();
            assertEquals("s3", h.get("/api/v1/builds/" + job + "/artifact", a).json().path("store").asText());
            File object = Path.of(System.getProperty("universo.it.s3.data"), "artifacts", hash, "index.html").toFile();
            assertTrue("the object is in the bucket: " + object, object.isFile());

            String slug = "s3-" + Long.toHexString(System.nanoTime());
            JsonNode pub = h.post("/api/v1/publications", "{\"spaceId\":\"" + space + "\",\"slug\":\""
                    + slug + "\",\"name\":\"S3\",\"visibility\":\"public\"}", a).json();
            assertEquals("links go through the configured CDN", "https://cdn.example.test/p/" + slug + "/",
                    pub.path("url").asText());
            String p = "/api/v1/publications/" + pub.path("id").asText();
            assertEquals(201, h.post(p + "/versions", "{\"buildId\":\"" + job + "\",\"status\":\"release\"}", a).status());
            h.post(p + "/activate", "{\"version\":1}", a);
            Http.Reply page = h.get("/p/" + slug + "/", null);
            assertEquals(200, page.status());
            assertTrue(page.body(), page.body().contains("<title>from s3</title>"));
        } finally {
            echo.unregister();
        }
    }

    private static void awaitPort(int port, Process p) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end && p.isAlive()) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IOException("s3proxy did not start on port " + port);
    }
}
