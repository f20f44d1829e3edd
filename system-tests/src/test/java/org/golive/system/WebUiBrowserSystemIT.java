package org.golive.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web UI in a real browser against the whole stack: {@code web-ui/e2e/run.mjs} (playwright-core driving Debian's
 * Chromium, never a downloaded browser) signs in as each demo role, walks the views, runs axe-core on each, and
 * takes the README's screenshots into {@code docs/screenshots/}. Skipped where Chromium or Node.js is missing.
 */
class WebUiBrowserSystemIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("golive.chromium", "/usr/bin/chromium"));
    private static final List<String> DEMO_USERS = List.of("admin", "pm.north", "finance", "viewer", "contributor");

    @Test
    void everyRoleWalksTheViewsItMayUseInChromium() throws Exception {
        Path webUi = Path.of(System.getProperty("golive.web-ui.dir", "../web-ui")).toAbsolutePath().normalize();
        assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM + ": the browser tests are skipped "
                + "(apt-get install chromium, as .ci/run does)");
        assumeTrue(nodeRuns(), "No node on PATH: the browser tests are skipped (apt-get install nodejs npm)");
        assumeTrue(Files.isDirectory(webUi.resolve("node_modules/playwright-core")),
                "web-ui/node_modules has no playwright-core: build the web-ui module first (npm ci)");

        // The script's output goes to a file and then to the test's output: written straight to this JVM's own
        // stdout it would corrupt failsafe's channel to the fork.
        Path output = Files.createTempFile("golive-browser-tests", ".txt");
        ProcessBuilder run = new ProcessBuilder("node", "e2e/run.mjs").directory(webUi.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        run.environment().put("GOLIVE_URL", GoliveStack.gatewayUrl());
        run.environment().put("CHROMIUM", CHROMIUM.toString());
        run.environment().put("SCREENSHOTS", webUi.resolveSibling("docs/screenshots").toString());
        // Bearer tokens for the views while the gateway has no browser sign-in; the script prefers the sign-in.
        run.environment().put("GOLIVE_TOKENS", tokensOfTheDemoUsers());
        Process browser = run.start();
        // A guard against a hung browser, not a measure: the run takes a minute or two.
        boolean ended = browser.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            browser.destroyForcibly();
        }

        String report = Files.readString(output);
        Files.delete(output);
        System.out.println(report);

        assertThat(ended).as("the browser tests ended").isTrue();
        assertThat(report.lines().filter(line -> line.startsWith("not ok") || line.startsWith("  ")))
                .as("failed browser tests").isEmpty();
        assertThat(browser.exitValue()).as("browser tests' exit status:%n%s", report).isZero();
    }

    private static String tokensOfTheDemoUsers() {
        Map<String, String> tokens = new LinkedHashMap<>();
        DEMO_USERS.forEach(user -> tokens.put(user, GoliveStack.userToken(user)));
        return org.golive.testsupport.HttpJson.json(tokens);
    }

    private static boolean nodeRuns() {
        try {
            return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
