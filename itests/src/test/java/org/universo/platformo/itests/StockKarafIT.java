package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * An operator's own, unmodified Apache Karaf: our features repository is added and universo-platform installed,
 * exactly as docs/operators.md says, with our artifacts served from a Maven repository (here: the
 * distribution's system/ folder, which is one).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StockKarafIT extends BaseIT {

    @Configuration
    public Option[] config() {
        String http = String.valueOf(freePort());
        String ourRepo = new File(System.getProperty("universo.system.repo")).toURI() + "@id=universo@snapshots";
        String mvnCfg = "etc/org.ops4j.pax.url.mvn.cfg";
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven("org.apache.karaf", "apache-karaf").type("tar.gz").version(System.getProperty("karaf.version")))
                    .unpackDirectory(new File("target/exam-stock")).useDeployFolder(false)
                    .karafVersion(System.getProperty("karaf.version")).name("Apache Karaf"),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.localRepository", System.getProperty("maven.repo.local")),
            editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.defaultRepositories", ourRepo),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", http),
            editConfigurationFilePut("etc/system.properties", "universo.it.http.port", http),
            editConfigurationFilePut("etc/system.properties", "universo.it.version", System.getProperty("project.version")),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.universo.platformo.auth.cfg", "argon2.memory.kib", "8192"),
            // scr only so the test's own injections resolve; the platform is installed by the test itself
            features(maven("org.apache.karaf.features", "standard").type("xml").classifier("features")
                    .version(System.getProperty("karaf.version")), "scr")
        };
    }

    /** Packages of the game layers, which no platform bundle may import. */
    static final java.util.List<String> GAME = java.util.List.of("org.universo.platformo.ships",
            "org.universo.platformo.combat", "org.universo.platformo.economy", "org.universo.platformo.spacegame",
            "org.universo.mmoomm");

    /**
     * The platform alone, in the layers an operator installs: universo-platform brings no game (no game bundle, no
     * platform bundle importing a game package), passes the smoke test (accounts, the editor, a PlayCanvas space
     * published and served, a room running a world without ships), and universo-mmoomm on top adds the space game
     * and MMOOMM while the platform keeps running.
     */
    @Test
    public void thePlatformInstallsIntoAStockKarafWithoutTheGameAndTheGameOnTop() throws Exception {
        String version = System.getProperty("universo.it.version");
        // what feature:repo-add and feature:install do
        features.addRepository(java.net.URI.create("mvn:org.universo.platformo/universo-features/" + version + "/xml"));
        // no refresh of bundles already there: this test's own probe bundle is one of them
        java.util.EnumSet<org.apache.karaf.features.FeaturesService.Option> noRefresh = java.util.EnumSet.of(
                org.apache.karaf.features.FeaturesService.Option.NoAutoRefreshBundles);
        features.installFeature("universo-platform", noRefresh);
        Http h = http();
        assertTrue(features.isInstalled(features.getFeature("universo-platform")));
        assertPlatformComponentsActive();
        java.util.List<String> ours = new java.util.ArrayList<>();
        for (org.osgi.framework.Bundle b : context.getBundles()) {
            String name = String.valueOf(b.getSymbolicName());
            if (!name.startsWith("org.universo.")) {
                continue;
            }
            ours.add(name);
            assertTrue(name + " is a game bundle in the platform", GAME.stream().noneMatch(name::startsWith));
            String imports = String.valueOf(b.getHeaders().get("Import-Package"));
            for (String game : GAME) {
                assertFalse(name + " imports " + game + ": " + imports, imports.contains(game));
            }
        }
        assertTrue("the platform's bundles: " + ours, ours.size() > 15);
        assertEquals("the feature created the embedded datasource configuration", "h2",
                h.get("/api/v1/health", null).json().path("checks").path("database").path("detail").asText());
        String email = uniqueEmail();
        String a = register(h, email);
        assertEquals(email, h.get("/api/v1/auth/me", a).json().path("email").asText());
        assertTrue(shell("universo:users").contains(email));
        Http.Reply editor = h.get("/editor/", null);
        assertEquals(200, editor.status());
        assertTrue(editor.body(), editor.body().contains("<script"));

        // the platform's own classes load only now that the features brought them
        PlatformSmoke.publishesAndPlays(h, a, () -> {
            try {
                features.installFeature("universo-mmoomm", noRefresh);
                assertTrue(features.isInstalled(features.getFeature("universo-spacegame")));
                assertPlatformComponentsActive();
            } catch (Exception e) {
                throw new AssertionError("universo-mmoomm did not install", e);
            }
        });
        assertEquals(email, h.get("/api/v1/auth/me", a).json().path("email").asText());
    }
}
