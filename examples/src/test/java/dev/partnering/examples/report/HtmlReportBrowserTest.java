package dev.partnering.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnering.examples.scenario.FacilityManagementScenario;

/**
 * Renders the report of scenario 2 in a real browser: headless Chromium takes a screenshot
 * ({@code target/browser-check/report-scenario2.png}) and dumps the DOM it built, and the DOM must
 * hold the expected charts with their labels.
 * <p>
 * Needs the Debian package {@code chromium} ({@code /usr/bin/chromium} or {@code chromium} on the
 * PATH); without it the check is skipped with a message, so a fresh clone still passes.
 * {@code .ci/run} installs Chromium and sets {@code -Dpartnering.browser=required}, which turns a
 * missing browser into a failure. {@code -Dpartnering.chromium=PATH} names another binary;
 * {@code -Dpartnering.chromium=none} behaves as if none were installed.
 */
class HtmlReportBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "browser-check", "report-scenario2.png");

    @TempDir
    Path dir;

    static Optional<Path> chromium() {
        String configured = System.getProperty("partnering.chromium", "");
        if (configured.equals("none")) {
            return Optional.empty(); // as if no browser were installed
        }
        if (!configured.isEmpty()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium")));
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!p.isEmpty()) {
                candidates.add(Path.of(p, "chromium"));
                candidates.add(Path.of(p, "chromium-browser"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    @Test
    void scenario2ReportRendersInChromiumWithItsCharts() throws Exception {
        Optional<Path> browser = chromium();
        if (browser.isEmpty()) {
            String message = "HtmlReportBrowserTest skipped: no Chromium found (/usr/bin/chromium or chromium on the PATH); "
                    + "install the Debian package 'chromium' to run the browser check";
            if ("required".equals(System.getProperty("partnering.browser"))) {
                fail(message.replace("skipped", "failed") + " (-Dpartnering.browser=required)");
            }
            System.out.println(message);
            assumeTrue(false, message);
        }
        Path page = dir.resolve("fm-vested.html");
        Files.writeString(page, HtmlReport.render(new FacilityManagementScenario().run()), StandardCharsets.UTF_8);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);

        run(browser.get(), "--screenshot=" + SCREENSHOT.toAbsolutePath(), page);
        assertTrue(Files.size(SCREENSHOT) > 20_000, "a screenshot with content");
        assertEquals(List.of(1280, 2400), pngSize(SCREENSHOT));
        System.out.println("HtmlReportBrowserTest: screenshot of scenario 2 in " + SCREENSHOT.toAbsolutePath());

        String dom = run(browser.get(), "--dump-dom", page);
        assertTrue(dom.contains("<h1>Scenario 2 · Vested facility management</h1>"), dom);
        assertEquals(8, count(dom, "<svg[^>]*class=\"chart\""), "5 trend lines, 1 waterfall, 2 radars");
        assertEquals(List.of("Score", "Cleaning call-outs answered within 2 hours", "Maintenance work orders started within SLA",
                "Vehicles serviced within 48 hours", "Lunch guests rating 4 or 5 of 5"), texts(dom, "trend", "chart-title"));
        assertEquals(List.of("Fee", "Bonus/malus", "Gain share", "Net payout"), texts(dom, "waterfall", "bar-label"));
        assertEquals(List.of("12,000,000", "+192,000", "+120,000", "12,312,000"), texts(dom, "waterfall", "value-label"));
        List<String> dimensions = texts(dom, "radar", "dimension-label");
        assertEquals(List.of("Loyalty", "Integrity", "Honesty", "Reciprocity", "Transparency",
                "Loyalty", "Integrity", "Honesty", "Reciprocity", "Transparency"), dimensions);
        // the 2026 survey's two gaps above the threshold, in red
        assertEquals(List.of("gap 22.2", "gap 25.9"), texts(dom, "radar", "gap gap-high"));
        assertEquals(4, count(dom, "<polygon[^>]*class=\"area side-(customer|supplier)\""), "two sides per radar");
        assertTrue(dom.contains("data-health=\"GREEN\""), "health class shown");
        assertTrue(dom.contains("<li>trust index 74.44 below 75</li>"), "its reason shown");
    }

    private String run(Path browser, String action, Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path stdout = dir.resolve("chromium.out");
        Path stderr = dir.resolve("chromium.err");
        List<String> command = List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,2400", action,
                page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 90 s: " + command);
        }
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + readQuietly(stderr));
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Width and height from the PNG's IHDR chunk. */
    private static List<Integer> pngSize(Path png) throws IOException {
        byte[] head = new byte[24];
        try (InputStream in = Files.newInputStream(png)) {
            assertEquals(24, in.readNBytes(head, 0, 24));
        }
        assertEquals("PNG", new String(head, 1, 3, StandardCharsets.US_ASCII));
        ByteBuffer b = ByteBuffer.wrap(head);
        return List.of(b.getInt(16), b.getInt(20));
    }

    private static int count(String html, String regex) {
        return HtmlReportTest.count(html, regex);
    }

    /** The texts of a class within the charts of one kind, in document order. */
    private static List<String> texts(String dom, String chart, String cls) {
        List<String> texts = new ArrayList<>();
        Matcher svg = Pattern.compile("<svg[^>]*data-chart=\"" + chart + "\".*?</svg>", Pattern.DOTALL).matcher(dom);
        while (svg.find()) {
            Matcher t = Pattern.compile("<text[^>]*class=\"" + Pattern.quote(cls) + "\"[^>]*>([^<]*)</text>").matcher(svg.group());
            while (t.find()) {
                texts.add(t.group(1).replace("&amp;", "&"));
            }
        }
        return texts;
    }
}
