package dev.partnering.jackson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The golden files of format version 1, one per kind of {@link PartneringDocument}, and the
 * values they hold. Released files are never changed; a new format version gets new files,
 * written once by {@link #main} into a new directory.
 */
final class GoldenFiles {

    /** The directory of the version-1 files, under the test resources. */
    static final String V1 = "format/v1/";

    /** The files of results that are written only, never read back. */
    static final java.util.Set<String> WRITE_ONLY = java.util.Set.of("trust-report.json", "governance-report.json",
            "readiness-report.json", "action-report.json", "risk-review.json", "backlog-report.json",
            "term-status.json", "term-timeline.json", "signal-tally.json", "health-report.json",
            "balance-report.json", "simulation-report.json", "back-test.json");

    private GoldenFiles() {
    }

    /** @return file name → the document it holds, built from {@link JsonFixtures} */
    static Map<String, Supplier<PartneringDocument>> v1() {
        Map<String, Supplier<PartneringDocument>> m = new LinkedHashMap<>();
        m.put("agreement.json", () -> PartneringDocument.of(JsonFixtures.agreement()));
        m.put("measurements.json", () -> PartneringDocument.ofMeasurements(JsonFixtures.measurements()));
        m.put("incentive-periods.json", () -> PartneringDocument.ofIncentivePeriods(JsonFixtures.incentivePeriods()));
        m.put("scorecard.json", () -> PartneringDocument.of(JsonFixtures.scorecard()));
        m.put("incentive-statement.json", () -> PartneringDocument.of(JsonFixtures.statement()));
        m.put("balance-report.json", () -> PartneringDocument.of(JsonFixtures.balanceReport()));
        m.put("simulation-report.json", () -> PartneringDocument.of(JsonFixtures.simulationReport()));
        m.put("back-test.json", () -> PartneringDocument.of(JsonFixtures.backTest()));
        m.put("term-status.json", () -> PartneringDocument.of(JsonFixtures.termStatus()));
        m.put("term-timeline.json", () -> PartneringDocument.of(JsonFixtures.termTimeline()));
        m.put("agreement-history.json", () -> PartneringDocument.of(JsonFixtures.history()));
        m.put("exit-plan.json", () -> PartneringDocument.of(JsonFixtures.exitPlan()));
        m.put("readiness-report.json", () -> PartneringDocument.of(JsonFixtures.readinessReport()));
        m.put("trust-survey.json", () -> PartneringDocument.of(JsonFixtures.trustSurvey()));
        m.put("behavioural-signals.json", () -> PartneringDocument.ofBehaviouralSignals(JsonFixtures.signals()));
        m.put("signal-tally.json", () -> PartneringDocument.of(JsonFixtures.signalTally()));
        m.put("trust-report.json", () -> PartneringDocument.of(JsonFixtures.trustReport()));
        m.put("forum-meetings.json", () -> PartneringDocument.ofForumMeetings(JsonFixtures.forumMeetings()));
        m.put("escalations.json", () -> PartneringDocument.ofEscalations(JsonFixtures.escalations()));
        m.put("governance-report.json", () -> PartneringDocument.of(JsonFixtures.governanceReport()));
        m.put("health-report.json", () -> PartneringDocument.of(JsonFixtures.healthReport()));
        m.put("opening-balance.json", () -> PartneringDocument.of(JsonFixtures.openingBalance()));
        m.put("standings.json", () -> PartneringDocument.of(JsonFixtures.standings()));
        m.put("remedy-follow-ups.json", () -> PartneringDocument.ofRemedyFollowUps(JsonFixtures.remedyFollowUps()));
        m.put("minutes.json", () -> PartneringDocument.ofMinutes(JsonFixtures.minutes()));
        m.put("action-report.json", () -> PartneringDocument.of(JsonFixtures.actionReport()));
        m.put("risk-register.json", () -> PartneringDocument.of(JsonFixtures.riskRegister()));
        m.put("risk-review.json", () -> PartneringDocument.of(JsonFixtures.riskReview()));
        m.put("improvement-backlog.json", () -> PartneringDocument.of(JsonFixtures.backlog()));
        m.put("backlog-report.json", () -> PartneringDocument.of(JsonFixtures.backlogReport()));
        return m;
    }

    /** @return the writer of golden files: two-space indentation, one array element per line, LF */
    static ObjectWriter writer(ObjectMapper mapper) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer(printer);
    }

    /**
     * Writes the files of the current format into a directory, for a new format version only.
     *
     * @param args  the directory, e.g. {@code jackson-module/src/test/resources/format/v2}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        ObjectWriter writer = writer(PartneringJson.mapper());
        for (Map.Entry<String, Supplier<PartneringDocument>> e : v1().entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (Files.exists(file)) {
                throw new IOException(file + " exists; released golden files are never changed");
            }
            Files.writeString(file, writer.writeValueAsString(e.getValue().get()) + "\n");
        }
    }
}
