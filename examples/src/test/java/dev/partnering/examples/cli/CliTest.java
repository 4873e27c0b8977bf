package dev.partnering.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnering.ValidationException;
import dev.partnering.examples.ItPartnering;
import dev.partnering.examples.Main;
import dev.partnering.examples.json.AgreementSource;
import dev.partnering.examples.json.InvalidAgreementException;
import dev.partnering.examples.json.JsonFormat;

/** The command line end to end, in process: good input, every kind of bad input, and the exit codes. */
class CliTest {

    @TempDir
    Path dir;

    /** The outcome of one run. */
    private record Run(ExitCode code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitCode code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path bundled(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("scenarios/hospital-linen/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertNoStackTrace(Run r) {
        assertFalse(r.err.contains("\tat ") || r.err.contains("Exception"), r.err);
    }

    private Run evaluate(String... more) throws IOException {
        String[] base = {"evaluate", "--agreement", "example:hospital-linen", "--measurements",
            bundled("measurements.csv").toString(), "--events", bundled("events.csv").toString(), "--period", "2026-Q1"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    @Test
    void demoPrintsEveryScenarioAndWritesTheirReports() throws Exception {
        Path reports = dir.resolve("reports");
        Run r = run("demo", "--out", reports.toString());
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.out.contains("== 1. IT partnering, several suppliers in one room =="), r.out);
        assertTrue(r.out.contains("= net adjustment       +247,000.00 SEK: NordServ AB +247,000.00 SEK"), r.out);
        assertTrue(r.out.contains("Health 2026 AMBER 60.75 -> 2027 GREEN 91.08"), r.out);
        assertTrue(r.out.contains("Invoiced                    100000 4,415,754.65 SEK 1,020,000.00 SEK 5,435,754.65 SEK"), r.out);
        assertTrue(r.out.contains("Agreement 'broken' is invalid (6 violations):"), r.out);
        for (String id : new String[] {"charity-it", "fm-vested", "openpermit"}) {
            assertTrue(Files.readString(reports.resolve(id + ".html")).contains("<svg"), id);
        }
        assertTrue(Files.exists(reports.resolve("hospital-linen.html")));
    }

    @Test
    void theDemoIsTheDefaultCommand() {
        Run r = run("--out", dir.resolve("default").toString());
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.out.startsWith("partnering demo: four scenarios"), r.out);
    }

    @Test
    void evaluatePrintsTheQuartersScorecardAndStatement() throws Exception {
        Run r = evaluate();
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.out.contains("195 rows, 195 of 2026-Q1 and before; events: "), r.out);
        assertTrue(r.out.contains("Scorecard 2026-Q1: score 0.9875"), r.out);
        assertTrue(r.out.contains("  = net adjustment       -129,000.00 SEK: CleanTex AB -129,000.00 SEK, "
                + "Lakeside Regional Hospital +129,000.00 SEK"), r.out);
        assertEquals("", r.err);
    }

    @Test
    void evaluatePrintsTheStandingOfEachPeriodAndTheContractYearScore() throws Exception {
        Run r = evaluate();
        assertEquals(ExitCode.OK, r.code, r.err);
        // the months' scores 0.96875, 0.870538 and 1 under the standard bands (ErpIntegrationScenarioTest has the arithmetic)
        assertTrue(r.out.contains("Standing per period: 2026-01 excellent (score 0.9688), 2026-02 good (score 0.8705), "
                + "2026-03 excellent (score 1)\n  excellent: candidate for a bonus review at level A\n"), r.out);
        // (0.96875 × 31 + 0.870538 × 28 + 1 × 31) / 90 = 0.948959, shown at 4 decimals
        assertTrue(r.out.contains("Contract year 2026-01-01 to 2026-12-31 so far: score 0.949 over 90 days, standing good\n"),
                r.out);
    }

    @Test
    void evaluateWritesTheHtmlReportToAFile() throws Exception {
        Path html = dir.resolve("q1.html");
        Run r = evaluate("--format", "html", "--out", html.toString());
        assertEquals(ExitCode.OK, r.code, r.err);
        assertEquals("wrote html to " + html + "\n", r.out.replace("\r\n", "\n"));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("data-chart=\"waterfall\""), page);
    }

    @Test
    void evaluateWritesTheStatementAsJson() throws Exception {
        Run r = evaluate("--format", "json");
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.out.startsWith("{") && r.out.contains("\"formatVersion\" : 1") && r.out.contains("\"incentiveStatement\"")
                && r.out.contains("hospital-linen"), r.out);
        // the quarter's months net -57,000 + -32,000 + -40,000 = -129,000, as the text format prints
        assertTrue(r.out.contains("\"-57000.00\"") && r.out.contains("\"-32000.00\"") && r.out.contains("\"-40000.00\""), r.out);
    }

    @Test
    void validateAnExampleAgreement() {
        Run r = run("validate", "--agreement", "example:fm-vested");
        assertEquals(ExitCode.OK, r.code, r.err);
        assertEquals("Agreement 'fm-vested' (example:fm-vested) is valid: 2 parties, 4 KPIs, 3 governance levels, an "
                + "incentive scheme with 2 components\n", r.out.replace("\r\n", "\n"));
    }

    @Test
    void validateReportsEveryViolationOfAJsonAgreementWithExitCode1() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonFormat.standard().write(ItPartnering.agreement(), json);
        // the second supplier takes the customer's id: a duplicate party id, and no longer a supplier of its own roles
        Path broken = file("broken.json", json.toString(StandardCharsets.UTF_8).replace("\"deskco\"", "\"charity\""));
        Run r = run("validate", "--agreement", broken.toString());
        assertEquals(ExitCode.INVALID, r.code, r.err);
        assertTrue(r.err.contains("is invalid") && r.err.contains("party id 'charity' is used more than once"), r.err);
        assertNoStackTrace(r);
    }

    @Test
    void anInvalidAgreementIsExitCode1WithEveryViolation() {
        // an agreement source that reads the demo's broken agreement, whatever the file
        AgreementSource broken = file -> {
            try {
                return Main.invalidAgreement();
            } catch (ValidationException e) {
                throw new InvalidAgreementException(file.name(), Optional.empty(), e);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitCode code = Cli.run(new String[] {"validate", "--agreement", "broken.json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), broken);
        assertEquals(ExitCode.INVALID, code);
        assertEquals(1, code.code());
        String message = err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertTrue(message.startsWith("partnering-examples: broken.json: Agreement 'broken' is invalid (6 violations):\n"
                + "  - parties[1].id: party id 'city' is used more than once\n"), message);
        assertTrue(message.endsWith("  - kpis[1].effectiveFrom: kpi 'availability' has two versions in force from "
                + "2026-01-01 (kpis[0] and kpis[1])\n"), message);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingAgreementFile() {
        Path missing = dir.resolve("missing.json");
        Run r = run("validate", "--agreement", missing.toString());
        assertEquals(ExitCode.INPUT, r.code);
        assertEquals("partnering-examples: " + missing + ": no such file\n", r.err.replace("\r\n", "\n"));
    }

    @Test
    void malformedJsonNamesTheFile() throws Exception {
        Path bad = file("bad.json", "{\n  \"id\": \"x\",\n  \"title\": \n}\n");
        Run r = run("validate", "--agreement", bad.toString());
        assertEquals(ExitCode.INPUT, r.code);
        assertTrue(r.err.startsWith("partnering-examples: " + bad), r.err);
        assertTrue(r.err.contains(" line 4"), r.err);
        assertNoStackTrace(r);
    }

    @Test
    void missingMeasurementFile() {
        Path missing = dir.resolve("nowhere.csv");
        Run r = run("evaluate", "--agreement", "example:hospital-linen", "--measurements", missing.toString(),
                "--period", "2026-Q1");
        assertEquals(ExitCode.INPUT, r.code);
        assertEquals("partnering-examples: " + missing + ": no such file\n", r.err.replace("\r\n", "\n"));
    }

    @Test
    void malformedCsvLineUnknownKpiAndBadPeriodInTheFileAreNamedByLineAndField() throws Exception {
        Path csv = file("m.csv", "kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason\n"
                + "on-time-delivery,2026-01,,7,8,ERP,2026-01-02T05:00:00Z,\n"
                + "on-time-delivery,2026-01,,7,8,ERP,2026-01-02T05:00:00Z\n"
                + "uptime,2026-01,99.9,,,ERP,2026-01-02T05:00:00Z,\n"
                + "defect-rate,Jan 2026,,3,900,ERP,2026-01-02T05:00:00Z,\n");
        Run r = run("evaluate", "--agreement", "example:hospital-linen", "--measurements", csv.toString(), "--period", "2026-Q1");
        assertEquals(ExitCode.INPUT, r.code);
        assertEquals(String.join("\n", "partnering-examples: 3 problems:",
                "  - " + csv + " line 3: has 7 fields, the header has 8",
                "  - " + csv + " line 4, field 'kpi_id': unknown kpi 'uptime'; agreement 'hospital-linen' has "
                        + "on-time-delivery, defect-rate, emergency-response",
                "  - " + csv + " line 5, field 'period': 'Jan 2026' is not a reporting period (use a month 2026-03, a "
                        + "quarter 2026-Q1 or a year 2026)", ""), r.err.replace("\r\n", "\n"));
        assertEquals("", r.out);
    }

    @Test
    void unknownPenaltyInTheEventsFile() throws Exception {
        Path events = file("events.csv", "event_id,penalty_id,date,units,description,excluded_reason\n"
                + "E-1,late-delivery,2026-01-19,1,Late,\n");
        Run r = run("evaluate", "--agreement", "example:hospital-linen", "--measurements",
                bundled("measurements.csv").toString(), "--events", events.toString(), "--period", "2026-Q1");
        assertEquals(ExitCode.INPUT, r.code);
        assertEquals("partnering-examples: " + events + " line 2, field 'penalty_id': unknown penalty 'late-delivery'; "
                + "the incentive scheme of agreement 'hospital-linen' has stock-out\n", r.err.replace("\r\n", "\n"));
    }

    @Test
    void wrongPeriodSyntaxIsAUsageError() throws Exception {
        Run r = run("evaluate", "--agreement", "example:hospital-linen", "--measurements",
                bundled("measurements.csv").toString(), "--period", "2026Q1");
        assertEquals(ExitCode.USAGE, r.code);
        assertTrue(r.err.startsWith("partnering-examples: --period '2026Q1' is not a reporting period; use a month "
                + "(2026-03), a quarter (2026-Q1) or a year (2026)\nusage: "), r.err);
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, run("publish").code);
        assertTrue(run("publish").err.startsWith("partnering-examples: unknown command 'publish'\n"));
        Run unknownOption = run("validate", "--agreement", "example:fm-vested", "--strict", "yes");
        assertEquals(ExitCode.USAGE, unknownOption.code);
        assertTrue(unknownOption.err.startsWith("partnering-examples: command 'validate' has no option --strict; its "
                + "options are --agreement\n"), unknownOption.err);
        Run missing = run("evaluate", "--agreement", "example:fm-vested", "--period", "2026");
        assertEquals(ExitCode.USAGE, missing.code);
        assertTrue(missing.err.startsWith("partnering-examples: command 'evaluate' needs --measurements\n"), missing.err);
        Run noValue = run("validate", "--agreement");
        assertTrue(noValue.err.startsWith("partnering-examples: option --agreement needs a value\n"), noValue.err);
        Run format = run("evaluate", "--agreement", "example:fm-vested", "--measurements", "m.csv", "--period", "2026",
                "--format", "xml");
        assertEquals(ExitCode.USAGE, format.code);
        assertTrue(format.err.startsWith("partnering-examples: --format 'xml' is not one of text, json, html\n"), format.err);
        Run example = run("validate", "--agreement", "example:nope");
        assertEquals(ExitCode.USAGE, example.code);
        assertTrue(example.err.startsWith("partnering-examples: --agreement 'example:nope': there is no example "
                + "agreement 'nope'; the examples are it-partnering, charity-it, fm-vested, openpermit, hospital-linen\n"),
                example.err);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Run r = run("help");
        assertEquals(ExitCode.OK, r.code);
        assertTrue(r.out.contains("  evaluate --agreement FILE.json|example:ID --measurements FILE.csv --period PERIOD"), r.out);
        assertTrue(r.out.contains("exit codes: 0 done, 1 the agreement breaks rules, 2 wrong usage"), r.out);
    }

    @Test
    void stackTracesOnlyWithDebug() throws Exception {
        Path csv = file("m.csv", "kpi_id,period\n");
        String[] args = {"evaluate", "--agreement", "example:hospital-linen", "--measurements", csv.toString(),
            "--period", "2026-Q1"};
        Run quiet = run(args);
        assertEquals(ExitCode.INPUT, quiet.code);
        assertNoStackTrace(quiet);
        String[] debugArgs = new String[args.length + 1];
        System.arraycopy(args, 0, debugArgs, 1, args.length);
        debugArgs[0] = "--debug";
        Run debug = run(debugArgs);
        assertEquals(ExitCode.INPUT, debug.code);
        assertTrue(debug.err.contains("InputException") && debug.err.contains("\tat dev.partnering.examples."), debug.err);
    }

    @Test
    void aLargeExportIsStreamedAndEvaluated() throws Exception {
        // 200,000 deliveries in the quarter, one row each; every 40th late: 5,000 late, 195,000 on time = 0.975
        Path csv = dir.resolve("deliveries.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("on-time-delivery,2026-0" + (i % 3 + 1) + (i % 40 == 0 ? ",,0,1" : ",,1,1")
                        + ",Delivery note,2026-04-01T00:00:00Z,\n");
            }
        }
        Run r = run("evaluate", "--agreement", "example:hospital-linen", "--measurements", csv.toString(),
                "--period", "2026-Q1", "--format", "html", "--out", dir.resolve("large.html").toString());
        assertEquals(ExitCode.OK, r.code, r.err);
        // on time (0.975 − 0.90) / (0.98 − 0.90) = 0.9375; the other two KPIs have no data: MISSING, attainment 0
        String page = Files.readString(dir.resolve("large.html"));
        assertTrue(page.contains("<td class=\"num\">0.9375</td>"), page);
    }

    @Test
    void outputThatCannotBeWrittenIsAnInputError() throws Exception {
        Run r = evaluate("--out", dir.resolve("no/such/dir/out.txt").toString());
        assertEquals(ExitCode.INPUT, r.code);
        assertTrue(r.err.contains("no/such/dir/out.txt: cannot be written"), r.err);
    }

    // ---------------------------------------------------------------- incomplete data is never silent (issue 18)

    @Test
    void aYearWithDataForTheFirstQuarterOnlyWarnsForEveryMonthWithoutData() throws Exception {
        Run r = run("evaluate", "--agreement", "example:hospital-linen", "--measurements", bundled("measurements.csv").toString(),
                "--period", "2026");
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.err.contains("partnering-examples: warning: kpi 'on-time-delivery' has no data in 2026-04: counted with "
                + "attainment 0 (missing-data policy ZERO)\n"), r.err);
        assertTrue(r.err.contains("partnering-examples: warning: no kpi has any data in 2026-12: the period's input is empty\n"),
                r.err);
        assertFalse(r.err.contains("in 2026-03"), r.err);
    }

    @Test
    void theStrictPolicyRefusesAnIncompleteYearWithItsOwnExitCode() throws Exception {
        Run r = run("evaluate", "--agreement", "example:hospital-linen", "--measurements", bundled("measurements.csv").toString(),
                "--period", "2026", "--missing-data", "strict");
        assertEquals(ExitCode.INCOMPLETE, r.code, r.err);
        assertEquals(5, r.code.code());
        assertTrue(r.err.startsWith("partnering-examples: incomplete data, no money computed (--missing-data strict): "), r.err);
        assertTrue(r.err.contains("  - kpi 'defect-rate' has no data in 2026-09: counted with attainment 0"), r.err);
        assertEquals("", r.out);
        assertNoStackTrace(r);
    }

    @Test
    void aCompleteQuarterPassesTheStrictPolicyWithoutWarnings() throws Exception {
        Run q1 = evaluate("--missing-data", "strict");
        assertEquals(ExitCode.OK, q1.code, q1.err);
        assertFalse(q1.err.contains("warning"), q1.err);
    }

    @Test
    void aHeaderOnlyFileIsWarnedAboutAndRefusedUnderTheStrictPolicy() throws Exception {
        Path csv = file("empty.csv", "kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason\n");
        Run r = run("evaluate", "--agreement", "example:hospital-linen", "--measurements", csv.toString(), "--period", "2026-Q1");
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.err.contains("partnering-examples: warning: the measurement file has no data rows: every KPI of every "
                + "period is without data\n"), r.err);
        assertTrue(r.err.contains("partnering-examples: warning: no kpi has any data in 2026-01"), r.err);
        Run strict = run("evaluate", "--agreement", "example:hospital-linen", "--measurements", csv.toString(), "--period",
                "2026-Q1", "--missing-data", "strict");
        assertEquals(ExitCode.INCOMPLETE, strict.code, strict.err);
        Run wrong = run("evaluate", "--agreement", "example:hospital-linen", "--measurements", csv.toString(), "--period",
                "2026-Q1", "--missing-data", "lenient");
        assertEquals(ExitCode.USAGE, wrong.code);
        assertTrue(wrong.err.startsWith("partnering-examples: --missing-data 'lenient' is not one of warn, strict\n"), wrong.err);
    }
}
