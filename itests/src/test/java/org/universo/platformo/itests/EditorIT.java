package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The web editor in headless Chromium (driven by playwright-core from bundles/editor/e2e) against this distribution
 * on PostgreSQL: the creator's whole journey, and a template installed while the publish page is open. Screenshots
 * land in itests/target/e2e.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EditorIT extends BaseIT {

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution(),
            editConfigurationFilePut("etc/system.properties", "universo.it.hello.jar", System.getProperty("universo.it.hello.jar")),
            editConfigurationFilePut("etc/system.properties", "universo.it.editor.dir", System.getProperty("universo.it.editor.dir")),
            editConfigurationFilePut("etc/system.properties", "universo.it.e2e.out", System.getProperty("universo.it.e2e.out"))};
    }

    @Test
    public void aCreatorPublishesASpaceAndRollsBackInTheBrowser() throws Exception {
        Http h = http();
        String out = System.getProperty("universo.it.e2e.out") + "/journey";
        List<String> lines = node(List.of("e2e/journey.mjs", base(), out), line -> { });
        String result = lines.stream().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow().substring(7);
        JsonNode r = Http.JSON.readTree(result);
        assertEquals(result, 0, r.path("appErrors").size());
        assertEquals(result, 0, r.path("editorErrors").size());
        assertEquals("the only refused requests: a draft with a field out of range, a build with a too long title, "
                + "a draft with a link node not yet pointing anywhere", "[\"422 PUT /api/v1/spaces/{id}/draft\","
                + "\"422 POST /api/v1/builds\",\"422 PUT /api/v1/spaces/{id}/draft\"]", r.path("failedRequests").toString());
        assertEquals(1, r.path("activeAfterRollback").asInt());
        assertTrue("Play opens the app signed in as the creator: " + r.path("played"),
                r.path("played").path("signedInAsCreator").asBoolean());
        assertEquals("the one-time code leaves the address", "", r.at("/played/hash").asText());
        assertFalse("no sign-in form in front of the game", r.at("/played/form").asBoolean());
        assertTrue("a stale access token was renewed by the refresh token", r.path("renewed").asBoolean());
        int drawn = foreground(Path.of(r.path("appShotV1").asText()));
        assertTrue("the published scene draws its ship: " + drawn + " pixels", drawn > 5_000);
        assertEquals("the app is served at the address the editor showed", 200,
                h.get(r.path("appUrl").asText().replace(base(), ""), null).status());
    }

    @Test
    public void aTemplateInstalledWhileThePublishPageIsOpenAppearsAndGoes() throws Exception {
        http();
        Path jar = Path.of(System.getProperty("karaf.base"), "deploy", "hello.jar");
        try {
            node(List.of("e2e/template-appears.mjs", base(), System.getProperty("universo.it.e2e.out") + "/template",
                    "hello", "Hello", "heading"), line -> {
                        try {
                            if (line.equals("READY")) {
                                Files.copy(Path.of(System.getProperty("universo.it.hello.jar")), jar,
                                        StandardCopyOption.REPLACE_EXISTING);
                            } else if (line.equals("SEEN")) {
                                Files.delete(jar);
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + Integer.getInteger("universo.it.http.port");
    }

    /** Runs a script of the editor's e2e folder; every output line goes to the log and to {@code onLine}. */
    private static List<String> node(List<String> args, Consumer<String> onLine) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("node"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(new File(System.getProperty("universo.it.editor.dir")))
                .redirectErrorStream(true).start();
        List<String> lines = new java.util.ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                System.out.println(line);
                lines.add(line);
                onLine.accept(line);
            }
        }
        assertTrue("the browser run ends", p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(String.join("\n", lines), 0, p.exitValue());
        return lines;
    }

    /** Pixels that differ clearly from the top-left corner's colour (the background). */
    private static int foreground(Path png) throws Exception {
        var image = ImageIO.read(png.toFile());
        int bg = image.getRGB(0, 0);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = image.getRGB(x, y);
                int d = Math.abs((a >> 16 & 255) - (bg >> 16 & 255)) + Math.abs((a >> 8 & 255) - (bg >> 8 & 255))
                        + Math.abs((a & 255) - (bg & 255));
                n += d > 48 ? 1 : 0;
            }
        }
        return n;
    }
}
