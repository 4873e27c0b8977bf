package dev.partnering.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.evaluation.IncompleteDataException;
import dev.partnering.agreement.Agreement;
import dev.partnering.examples.AgreementSummary;
import dev.partnering.examples.IncentiveExample;
import dev.partnering.examples.ItPartnering;
import dev.partnering.examples.Main;
import dev.partnering.examples.ScorecardExample;
import dev.partnering.examples.data.Abbreviation;
import dev.partnering.examples.data.DataFile;
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.data.InputProblem;
import dev.partnering.examples.data.Progress;
import dev.partnering.examples.json.AgreementSource;
import dev.partnering.examples.json.InvalidAgreementException;
import dev.partnering.examples.json.JsonFormat;
import dev.partnering.examples.report.AgreementReport;
import dev.partnering.examples.report.HtmlReport;
import dev.partnering.examples.report.TextReport;
import dev.partnering.examples.scenario.ErpIntegrationScenario;
import dev.partnering.examples.scenario.PeriodEvaluation;
import dev.partnering.examples.scenario.Scenario;
import dev.partnering.examples.scenario.Scenarios;
import dev.partnering.period.ReportingPeriod;

/**
 * The command line: {@code demo} (the default), {@code evaluate}, {@code validate}, {@code readme}
 * and {@code help}, and {@code --version}. Every failure is one message naming what is wrong (the
 * file, the line, the field, the cause the system gave) and an {@link ExitCode}; a stack trace only
 * with {@code --debug}. Messages echo long values abbreviated. Output files are written whole or
 * not at all: the demo's reports all or none, {@code evaluate --out} through a temporary file moved
 * into place.
 *
 * @since 0.1.0
 */
public final class Cli {

    static final String NAME = "partnering-examples";
    static final String EXAMPLE_PREFIX = "example:";

    /** The demo writes its reports here unless {@code --out} says otherwise. */
    public static final String DEFAULT_REPORT_DIR = "partnering-reports";

    private final PrintStream out;
    private final PrintStream err;
    private final JsonFormat json;
    private final AgreementSource agreements;

    private Cli(PrintStream out, PrintStream err, JsonFormat json, AgreementSource agreements) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.agreements = agreements;
    }

    /**
     * Runs a command line.
     *
     * @param args  the arguments, not null
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @return the exit code, never null
     */
    public static ExitCode run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, JsonFormat.standard());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, reading agreement files through {@code agreements}. */
    static ExitCode run(String[] args, PrintStream out, PrintStream err, AgreementSource agreements) {
        return new Cli(out, err, JsonFormat.standard(), agreements).run(args);
    }

    private ExitCode run(String[] args) {
        boolean debug = List.of(args).contains("--debug");
        try {
            Arguments a = Arguments.parse(args);
            switch (a.command) {
                case "demo":
                    return demo(a.options(List.of("out")));
                case "evaluate":
                    return evaluate(a.options(List.of("agreement", "measurements", "period", "events", "format", "out",
                            "missing-data")));
                case "validate":
                    return validate(a.options(List.of("agreement")));
                case "readme":
                    a.options(List.of());
                    readme(out);
                    return ExitCode.OK;
                case "help":
                    out.print(USAGE);
                    return ExitCode.OK;
                case "version":
                    a.options(List.of());
                    out.println(NAME + " " + version());
                    return ExitCode.OK;
                default:
                    throw new UsageException("unknown command '" + a.command + "'");
            }
        } catch (UsageException e) {
            report(e.getMessage());
            err.println("usage: java -jar " + NAME + ".jar [--debug] [demo | evaluate | validate | readme | help] [options]");
            err.println("run 'java -jar " + NAME + ".jar help' for the options");
            return ExitCode.USAGE;
        } catch (InvalidAgreementException e) {
            report(e.getMessage());
            trace(debug, e);
            return ExitCode.INVALID;
        } catch (InputException e) {
            report(e.getMessage());
            trace(debug, e);
            return ExitCode.INPUT;
        } catch (ValidationException e) {
            report(e.getMessage());
            trace(debug, e);
            return ExitCode.INPUT;
        } catch (IncompleteDataException e) {
            report("incomplete data, no money computed (--missing-data strict): " + e.missing().size() + " missing:");
            e.missing().forEach(m -> err.println("  - " + m.rule()));
            trace(debug, e);
            return ExitCode.INCOMPLETE;
        } catch (UnsupportedOperationException e) {
            report("not supported: " + e.getMessage());
            trace(debug, e);
            return ExitCode.FAILURE;
        } catch (IOException e) {
            report("cannot write: " + InputProblem.describe(e));
            trace(debug, e);
            return ExitCode.INPUT;
        } catch (RuntimeException | Error e) {
            report("internal error: " + e + (debug ? "" : " (run with --debug for the stack trace)"));
            trace(debug, e);
            return ExitCode.FAILURE;
        }
    }

    /** The longest message printed; values within it are abbreviated. */
    private static final int MAX_MESSAGE_LENGTH = 50_000;

    private void report(String message) {
        err.println(NAME + ": " + Abbreviation.ofWords(String.valueOf(message), MAX_MESSAGE_LENGTH));
    }

    /**
     * @return the version of the examples, as the build wrote it into the jar ({@code version.properties},
     *         or the manifest's {@code Implementation-Version}), never null
     */
    static String version() {
        try (java.io.InputStream in = Cli.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "(unknown version)" : v;
    }

    private void trace(boolean debug, Throwable e) {
        if (debug) {
            e.printStackTrace(err);
        }
    }

    private ExitCode demo(Arguments a) throws IOException, InputException {
        if (a.help()) {
            out.print(USAGE);
            return ExitCode.OK;
        }
        Path dir = Path.of(a.get("out").orElse(DEFAULT_REPORT_DIR));
        out.println("partnering demo: four scenarios on realistic data; HTML reports in " + dir);
        List<Scenario> scenarios = Scenarios.all(json);
        boolean failed = false;
        // every report is staged and moved into the directory only when all are written: all or none
        try (Outputs files = Outputs.into(dir)) {
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario s = scenarios.get(i);
                out.println();
                out.println("== " + (i + 1) + ". " + s.title() + " ==");
                if (s instanceof ErpIntegrationScenario erp) {
                    failed |= !erpDemo(erp, files);
                    continue;
                }
                AgreementReport report = s.run();
                TextReport.print(report, out);
                out.println("report: " + write(files, report.fileName(), HtmlReport.render(report)));
            }
            files.commit();
        }
        out.println();
        out.println("== Validation: a broken agreement is refused with every violation ==");
        try {
            Main.invalidAgreement();
        } catch (ValidationException e) {
            out.println(e.getMessage());
        }
        return failed ? ExitCode.INPUT : ExitCode.OK;
    }

    private boolean erpDemo(ErpIntegrationScenario erp, Outputs files) throws IOException {
        PeriodEvaluation evaluation;
        try {
            evaluation = erp.evaluate();
        } catch (InputException e) {
            out.println("failed: " + e.getMessage());
            return false;
        }
        out.println("agreement read from " + ErpIntegrationScenario.agreementFile() + "; " + evaluation.rows()
                + " measurement rows, " + evaluation.events().size() + " breach events");
        AgreementReport report = ErpIntegrationScenario.report(evaluation);
        TextReport.print(report, out);
        out.println("report: " + write(files, report.fileName(), HtmlReport.render(report)));
        String statement = evaluation.agreement().id() + "-" + evaluation.period() + "-statement.json";
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ErpIntegrationScenario.writeStatement(evaluation, bytes);
            out.println("statement for the ERP: " + files.write(statement, bytes.toByteArray()));
        } catch (UnsupportedOperationException e) {
            out.println("statement not written: " + e.getMessage());
        }
        return true;
    }

    private static Path write(Outputs files, String name, String content) throws IOException {
        return files.write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private ExitCode validate(Arguments a) throws UsageException, InputException {
        if (a.help()) {
            out.print(USAGE);
            return ExitCode.OK;
        }
        String location = a.required("agreement");
        Agreement agreement = agreement(location);
        out.println("Agreement '" + agreement.id() + "' (" + location + ") is valid: " + agreement.parties().size()
                + " parties, " + agreement.kpiIds().size() + " KPIs, " + agreement.governance().levels().size()
                + " governance levels, " + (agreement.incentiveScheme().isPresent() ? "an incentive scheme with "
                        + agreement.incentiveScheme().get().components().size() + " components" : "no incentive scheme"));
        return ExitCode.OK;
    }

    private ExitCode evaluate(Arguments a) throws UsageException, InputException, IOException {
        if (a.help()) {
            out.print(USAGE);
            return ExitCode.OK;
        }
        String location = a.required("agreement");
        String measurements = a.required("measurements");
        ReportingPeriod period = period(a.required("period"));
        String format = a.get("format").orElse("text").toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "html").contains(format)) {
            throw new UsageException("--format '" + format + "' is not one of text, json, html");
        }
        String missingData = a.get("missing-data").orElse("warn").toLowerCase(Locale.ROOT);
        if (!List.of("warn", "strict").contains(missingData)) {
            throw new UsageException("--missing-data '" + missingData + "' is not one of warn, strict");
        }
        Agreement agreement = agreement(location);
        Optional<DataFile> events = a.get("events").map(Path::of).map(DataFile::of);
        IncentiveCalculator calculator = missingData.equals("strict") ? IncentiveCalculator.standard().strict()
                : IncentiveCalculator.standard();
        PeriodEvaluation evaluation = PeriodEvaluation.evaluate(agreement, period, DataFile.of(Path.of(measurements)),
                events, Progress.onStderr(err), calculator);
        evaluation.warnings().forEach(w -> err.println(NAME + ": warning: " + w));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case "json":
                writeJson(evaluation, bytes);
                break;
            case "html":
                bytes.writeBytes(HtmlReport.render(evaluation.report("Evaluation of " + agreement.id() + " " + period,
                        "Computed from " + measurements + events.map(e -> " and " + e).orElse("") + ".")).getBytes(StandardCharsets.UTF_8));
                break;
            default:
                PrintStream text = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                text.println("Measurements: " + measurements + ", " + evaluation.rows() + " rows, "
                        + evaluation.measurements().size() + " of " + period + " and before"
                        + events.map(e -> "; events: " + e + ", " + evaluation.events().size()).orElse(""));
                TextReport.print(evaluation.report("", ""), text);
        }
        Optional<String> target = a.get("out");
        if (target.isPresent()) {
            Path file = Path.of(target.get());
            try {
                Outputs.writeAtomically(file, bytes.toByteArray());
            } catch (IOException e) {
                throw new InputException(InputProblem.ofFile(file.toString(),
                        "cannot be written: " + InputProblem.describe(e)));
            }
            out.println("wrote " + format + " to " + file);
        } else {
            bytes.writeTo(out);
            out.flush();
        }
        return ExitCode.OK;
    }

    private void writeJson(PeriodEvaluation evaluation, OutputStream bytes) throws IOException {
        if (evaluation.statement().isPresent()) {
            json.write(evaluation.statement().get(), bytes);
        } else {
            json.write(evaluation.scorecard(), bytes);
        }
    }

    private static ReportingPeriod period(String text) throws UsageException {
        try {
            return ReportingPeriod.parse(text);
        } catch (ValidationException e) {
            throw new UsageException("--period '" + text + "' is not a reporting period; use a month (2026-03), a quarter "
                    + "(2026-Q1) or a year (2026)");
        }
    }

    private Agreement agreement(String location) throws UsageException, InputException {
        if (location.startsWith(EXAMPLE_PREFIX)) {
            String id = location.substring(EXAMPLE_PREFIX.length());
            return Scenarios.example(id).orElseThrow(() -> new UsageException("--agreement '" + location
                    + "': there is no example agreement '" + id + "'; the examples are "
                    + String.join(", ", Scenarios.exampleIds())));
        }
        return agreements.read(DataFile.of(Path.of(location)));
    }

    /**
     * Prints worked examples: the example agreement's summary, a first-quarter scorecard and an
     * incentive statement with their explanations, and a broken agreement's violations.
     *
     * @param out  where to print, not null
     */
    public static void readme(PrintStream out) {
        out.println("== A valid agreement ==");
        out.print(AgreementSummary.render(ItPartnering.agreement()));
        out.println();
        out.println("== Scorecard 2026-Q1 ==");
        out.print(ScorecardExample.firstQuarterScorecard().explanation().toText());
        out.println();
        out.println("== Incentive statement 2026-01 to 2026-03 ==");
        out.print(IncentiveExample.firstQuarterStatement().explanation().toText());
        out.println();
        out.println("== An invalid agreement ==");
        try {
            Main.invalidAgreement();
            out.println("unexpected: the invalid agreement was accepted");
        } catch (ValidationException e) {
            out.println(e.getMessage());
        }
    }

    static final String USAGE = String.join("\n",
            "usage: java -jar " + NAME + ".jar [--debug] [COMMAND] [OPTIONS]",
            "       java -jar " + NAME + ".jar --version",
            "",
            "commands:",
            "  demo [--out DIR]       run the four scenarios, print a summary of each and write an HTML",
            "                         report per agreement to DIR (default: " + DEFAULT_REPORT_DIR + "); the default",
            "  evaluate --agreement FILE.json|example:ID --measurements FILE.csv --period PERIOD",
            "           [--events FILE.csv] [--format text|json|html] [--out FILE] [--missing-data warn|strict]",
            "                         evaluate one period (2026-03, 2026-Q1, 2026) of one agreement: its",
            "                         scorecard, the standing of each period under the agreement's standings,",
            "                         the contract year's score so far and the incentive statement; every KPI",
            "                         and period without data is warned about on stderr, and with",
            "                         --missing-data strict no money is computed for an incomplete period",
            "                         (exit code 5)",
            "  validate --agreement FILE.json|example:ID",
            "                         print every violation of the domain's rules; exit code 1 if any",
            "  readme                 print worked examples with their explanations: an agreement's summary,",
            "                         a quarter's scorecard, an incentive statement, a broken agreement",
            "  help                   print this help",
            "",
            "measurements CSV: kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason",
            "events CSV:       event_id,penalty_id,date,units,description,excluded_reason",
            "example agreements: " + String.join(", ", Scenarios.exampleIds()),
            "",
            "exit codes: 0 done, 1 the agreement breaks rules, 2 wrong usage, 3 an input file is missing,",
            "            malformed or names what the agreement does not have, 4 not supported or internal error,",
            "            5 incomplete data under --missing-data strict (no money computed)",
            "--debug prints stack traces and the SDK's debug log (stderr); --version prints the version",
            "");
}
