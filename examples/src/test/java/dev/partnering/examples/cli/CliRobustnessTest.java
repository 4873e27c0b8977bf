package dev.partnering.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.partnering.examples.ItPartnering;
import dev.partnering.examples.data.InputProblem;
import dev.partnering.examples.json.JsonFormat;

/**
 * The command line against hostile and careless input: endless lines, huge values, unreadable
 * files, failures half-way through writing, documents with many problems; and {@code --version}.
 */
class CliRobustnessTest {

    private static final String HEADER = "kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason\n";

    @TempDir
    Path dir;

    private record Run(ExitCode code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitCode code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Run evaluate(Path measurements) {
        return run("evaluate", "--agreement", "example:hospital-linen", "--measurements", measurements.toString(),
                "--period", "2026-Q1");
    }

    /** @return the agreement of the IT partnering example as the JSON module writes it, indented */
    private static String agreementJson() throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonFormat.standard().write(ItPartnering.agreement(), json);
        return json.toString(StandardCharsets.UTF_8);
    }

    /** @return the 1-based line of the {@code n}-th (0-based) occurrence of {@code needle} */
    private static int lineOf(String text, String needle, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(needle, at + 1);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    // ------------------------------------------------------------------ bounded lines

    @Test
    void aLineLongerThanTheLimitStopsReadingAndNamesItsLine() throws Exception {
        Path csv = file("long.csv", HEADER + "on-time-delivery,2026-01,,7,8,ERP,2026-01-02T05:00:00Z,\n"
                + "x".repeat(70_000) + "\n" + "on-time-delivery,2026-01,,7,8,ERP,2026-01-02T05:00:00Z,\n");
        Run r = evaluate(csv);
        assertEquals(ExitCode.INPUT, r.code, r.err);
        assertEquals("partnering-examples: " + csv + " line 3: is longer than the 65536 characters a line may have;"
                + " reading stopped (is it a CSV file?)\n", r.err);
    }

    @Test
    @Timeout(60)
    void aFileWithoutLineBreaksIsRefusedWithoutExhaustingMemory() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system with /dev/zero");
        // before: "internal error: java.lang.OutOfMemoryError"
        Run r = evaluate(zero);
        assertEquals(ExitCode.INPUT, r.code, r.err);
        assertEquals("partnering-examples: /dev/zero line 1: is longer than the 65536 characters a line may have;"
                + " reading stopped (is it a CSV file?)\n", r.err);
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws Exception {
        // 65,536 characters on one line: a header with one long, ignored column name is still a header
        String longColumn = "c".repeat(65_536 - HEADER.strip().length() - 1);
        Path csv = file("limit.csv", HEADER.strip() + "," + longColumn + "\n"
                + "on-time-delivery,2026-01,,7,8,ERP,2026-01-02T05:00:00Z,,\n");
        assertEquals(65_536, Files.readAllLines(csv).get(0).length());
        Run r = evaluate(csv);
        assertEquals(ExitCode.OK, r.code, r.err);
    }

    // ------------------------------------------------------------------ abbreviated values

    @Test
    void aHugeBadValueIsEchoedAbbreviated() throws Exception {
        String value = "9".repeat(30_000) + "x" + "9".repeat(30_000);
        Path csv = file("huge.csv", HEADER + "on-time-delivery,2026-01," + value + ",,,ERP,2026-01-02T05:00:00Z,\n");
        Run r = evaluate(csv);
        assertEquals(ExitCode.INPUT, r.code, r.err);
        assertTrue(r.err.length() < 500, r.err.length() + " characters");
        assertTrue(r.err.contains("field 'value': '" + "9".repeat(40) + "… (60001 characters)' is not a decimal"), r.err);
    }

    @Test
    void aHugeBadValueInAJsonAgreementIsEchoedAbbreviated() throws Exception {
        String huge = "Q".repeat(500_000);
        Path json = file("huge.json", agreementJson().replaceFirst("\"currency\" : \"SEK\"", "\"currency\" : \"" + huge + "\""));
        Run r = run("validate", "--agreement", json.toString());
        assertEquals(ExitCode.INVALID, r.code, r.err);
        assertTrue(r.err.length() < 1_000, () -> r.err.length() + " characters: " + r.err.substring(0, 1_000));
        assertTrue(r.err.contains("Q".repeat(40) + "… (500000 characters)"), r.err);
    }

    // ------------------------------------------------------------------ real lines, every problem

    @Test
    void aBrokenRuleInAJsonAgreementIsReportedAtTheLineOfTheValueItNames() throws Exception {
        String json = agreementJson().replace("\"deskco\"", "\"charity\"");
        Path broken = file("broken.json", json);
        Run r = run("validate", "--agreement", broken.toString());
        assertEquals(ExitCode.INVALID, r.code, r.err);
        // the third party's id, renamed: the second "id" : "charity" of the document, far below line 1; the rule
        // is the agreement's, found when it is built, and located at the party it names, whose "{" is the line before
        int line = lineOf(json, "\"id\" : \"charity\"", 1) - 1;
        assertTrue(line > 10, "line " + line);
        assertTrue(r.err.contains("  - line " + line + ", field '$.agreement.parties[2].id': party id 'charity' is used"
                + " more than once"), r.err);
        assertFalse(r.err.contains(" line 1,"), r.err);
    }

    @Test
    void validateReportsEveryProblemOfADocumentEachAtItsLine() throws Exception {
        // two problems of the format and a broken rule, in one document
        String json = agreementJson()
                .replaceFirst("\"kind\" : \"CUSTOMER\"", "\"kind\" : \"BUYER\"")
                .replaceFirst("\"mandate\"", "\"mandat\"")
                .replace("\"deskco\"", "\"charity\"");
        Path broken = file("broken.json", json);
        Run r = run("validate", "--agreement", broken.toString());
        assertEquals(ExitCode.INPUT, r.code, r.err);
        List<String> lines = r.err.lines().toList();
        assertTrue(lines.get(0).matches("partnering-examples: \\d+ problems:"), r.err);
        assertTrue(r.err.contains(broken + " line " + lineOf(json, "\"kind\" : \"BUYER\"", 0) + ", field '$.agreement.parties[0]"
                + ".kind': \"BUYER\" is not one of CUSTOMER, SUPPLIER"), r.err);
        assertTrue(r.err.contains(broken + " line " + lineOf(json, "\"mandat\"", 0) + ", field '$.agreement.governance.roles"
                + "[0].mandat': unknown field 'mandat'"), r.err);
        assertTrue(r.err.contains("field '$.agreement.governance.roles[0].mandate': mandate is required: null is not allowed"),
                r.err);
    }

    // ------------------------------------------------------------------ causes of I/O failures

    @Test
    void anIoFailureSaysTheSystemsCause() {
        assertEquals("secret.csv (Permission denied)", InputProblem.describe(new AccessDeniedException("secret.csv")));
        assertEquals("secret.csv (No such file or directory)", InputProblem.describe(new NoSuchFileException("secret.csv")));
        assertEquals("x.csv (Is a directory)", InputProblem.describe(new java.nio.file.FileSystemException("x.csv", null,
                "Is a directory")));
        assertEquals("x.csv (No such file or directory)", InputProblem.describe(new java.io.FileNotFoundException(
                "x.csv (No such file or directory)")));
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        Path secret = file("secret.csv", HEADER);
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "a POSIX file system");
        }
        assumeFalse(Files.isReadable(secret), "not running as root");
        Run r = evaluate(secret);
        assertEquals(ExitCode.INPUT, r.code, r.err);
        assertEquals("partnering-examples: " + secret + ": cannot be read: " + secret + " (Permission denied)\n", r.err);
    }

    @Test
    void anOutputDirectoryThatIsAFileSaysWhy() throws Exception {
        Path notADirectory = file("reports", "a file");
        Run r = run("demo", "--out", notADirectory.toString());
        assertEquals(ExitCode.INPUT, r.code, r.err);
        // before: "cannot write: …/reports" without the cause
        assertEquals("partnering-examples: cannot write: " + notADirectory + " (File exists)\n", r.err);
    }

    // ------------------------------------------------------------------ outputs whole or not at all

    @Test
    void theDemoWritesAllItsReportsOrNone() throws Exception {
        Path reports = dir.resolve("reports");
        // the second report cannot be written: a directory with a file in it holds its name
        Files.createDirectories(reports.resolve("fm-vested.html"));
        Files.writeString(reports.resolve("fm-vested.html").resolve("keep.txt"), "mine");

        Run r = run("demo", "--out", reports.toString());

        assertEquals(ExitCode.INPUT, r.code, r.err);
        assertEquals("partnering-examples: cannot write: " + reports.resolve("fm-vested.html") + " (Is a directory)\n", r.err);
        try (Stream<Path> left = Files.list(reports)) {
            // the first report is not left behind, nor any staging file
            assertEquals(List.of(reports.resolve("fm-vested.html")), left.toList());
        }
        assertEquals("mine", Files.readString(reports.resolve("fm-vested.html").resolve("keep.txt")));
    }

    @Test
    void aReportDirectoryInsideAFileSaysWhy() throws Exception {
        Path blocked = file("blocker", "x").resolve("reports");
        Run r = run("demo", "--out", blocked.toString());
        assertEquals(ExitCode.INPUT, r.code, r.err);
        assertTrue(r.err.matches("partnering-examples: cannot write: .*blocker.* \\(.+\\)\n"), r.err);
    }

    @Test
    void evaluateReplacesItsOutputWholeAndLeavesNoTemporaryFile() throws Exception {
        Path target = file("q1.txt", "the previous evaluation");
        Path measurements = file("m.csv", HEADER + "on-time-delivery,2026-01,,7,8,ERP,2026-01-02T05:00:00Z,\n");
        Run r = run("evaluate", "--agreement", "example:hospital-linen", "--measurements", measurements.toString(),
                "--period", "2026-Q1", "--out", target.toString());
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(Files.readString(target).startsWith("Measurements: "), Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("m.csv", "q1.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    // ------------------------------------------------------------------ version

    @Test
    void versionPrintsTheVersionTheBuildWroteIn() {
        Run r = run("--version");
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.out.matches("partnering-examples \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), r.out);
        assertEquals(Cli.version(), r.out.strip().substring("partnering-examples ".length()));
        assertEquals("", r.err);
    }
}
