package dev.partnering.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnering.agreement.Agreement;
import dev.partnering.examples.scenario.ErpIntegrationScenario;
import dev.partnering.examples.scenario.ItPartneringScenario;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;

class MeasurementCsvTest {

    private static final String HEADER = "kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason\n";

    @TempDir
    Path dir;

    private final Agreement agreement = ItPartneringScenario.agreement();

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private List<Measurement> read(Path file) throws InputException {
        return MeasurementCsv.forAgreement(agreement).readAll(DataFile.of(file));
    }

    private InputException failure(String content) throws IOException {
        Path file = csv("measurements.csv", content);
        return assertThrows(InputException.class, () -> read(file));
    }

    @Test
    void readsValuesRatiosExclusionsAndQuotedFields() throws Exception {
        Agreement erp = ErpIntegrationScenario.referenceAgreement();
        Path file = csv("erp.csv", "\uFEFF" + HEADER
                + "on-time-delivery,2026-01,,7,8,\"Delivery notes, ward 12\",2026-01-02T05:00:00Z,\r\n"
                + "\r\n"
                + "emergency-response,2026-Q1,1.5,,,Call log,2026-01-03T23:00:00+01:00,\n"
                + "defect-rate,2026-02,,30,1800,Inspection,2026-02-11,\"Force majeure: snowstorm, \"\"orange\"\" warning\"\n");
        List<Measurement> m = MeasurementCsv.forAgreement(erp).readAll(DataFile.of(file));
        assertEquals(3, m.size());
        assertEquals(new BigDecimal("7"), m.get(0).numerator().orElseThrow());
        assertEquals("Delivery notes, ward 12", m.get(0).source().orElseThrow());
        assertEquals(ReportingPeriod.parse("2026-Q1"), m.get(1).period());
        // 23:00 at +01:00 is 22:00 UTC
        assertEquals(Instant.parse("2026-01-03T22:00:00Z"), m.get(1).recordedAt());
        // a date alone is its start in UTC
        assertEquals(Instant.parse("2026-02-11T00:00:00Z"), m.get(2).recordedAt());
        assertEquals("Force majeure: snowstorm, \"orange\" warning", m.get(2).exclusionReason().orElseThrow());
        assertTrue(m.get(2).isExcluded());
    }

    @Test
    void headerColumnsMayComeInAnyOrderAndExtraColumnsAreIgnored() throws Exception {
        Path file = csv("reordered.csv", "Recorded_At,KPI_ID,period,value,numerator,denominator,source,excluded_reason,erp_row\n"
                + "2026-02-02T06:00:00Z,availability,2026-01,99.7,,,,,4711\n");
        Measurement m = read(file).get(0);
        assertEquals("availability", m.kpiId());
        assertEquals(new BigDecimal("99.7"), m.value().orElseThrow());
    }

    @Test
    void unknownKpiNamesFileLineFieldAndTheKpisThereAre() throws Exception {
        InputException e = failure(HEADER + "availability,2026-01,99.7,,,,2026-02-02T06:00:00Z,\n"
                + "uptime,2026-01,99.7,,,,2026-02-02T06:00:00Z,\n");
        assertEquals(dir.resolve("measurements.csv") + " line 3, field 'kpi_id': unknown kpi 'uptime'; agreement "
                + "'charity-it' has availability, incident-response, user-satisfaction", e.getMessage());
    }

    @Test
    void aRatioWithDenominatorZeroAndANumeratorIsRefused() throws Exception {
        // 500/0 is an invalid measurement, never a value (before: read, and it inflated the KPI)
        Path file = csv("measurements.csv", HEADER + "on-time-delivery,2026-01,,500,0,,2026-02-02T06:00:00Z,\n");
        InputException e = assertThrows(InputException.class,
                () -> MeasurementCsv.forAgreement(ErpIntegrationScenario.referenceAgreement()).readAll(DataFile.of(file)));
        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals(2, e.problems().get(0).line());
        assertEquals(java.util.Optional.of("denominator"), e.problems().get(0).field());
        assertTrue(e.problems().get(0).message().contains("a ratio 500/0 is invalid"), e::getMessage);
    }

    @Test
    void wrongPeriodSyntaxNamesTheField() throws Exception {
        InputException e = failure(HEADER + "availability,2026/01,99.7,,,,2026-02-02T06:00:00Z,\n");
        assertEquals(new InputProblem(dir.resolve("measurements.csv").toString(), 2, java.util.Optional.of("period"),
                "'2026/01' is not a reporting period (use a month 2026-03, a quarter 2026-Q1 or a year 2026)"),
                e.problems().get(0));
    }

    @Test
    void malformedLinesAreReportedWithTheirLineNumbers() throws Exception {
        InputException e = failure(HEADER
                + "availability,2026-01,99.7,,,,2026-02-02T06:00:00Z\n"                  // 7 fields
                + "availability,2026-02,99.7,,,\"ERP, \"\"monthly\"\"\",2026-03-02T06:00:00Z,\n"  // quoted: fine
                + "availability,2026-03,99,7,,,,2026-04-02T06:00:00Z,\n"                 // decimal comma: 9 fields
                + "availability,2026-04,high,,,,2026-05-02T06:00:00Z,\n"                 // not a number
                + "availability,2026-05,99.7,1,2,,2026-06-02T06:00:00Z,\n"               // value and ratio
                + "availability,2026-06,,,,,2026-07-02T06:00:00Z,\n"                     // neither
                + "availability,2026-07,99.7,,,,,\n"                                     // no recorded_at
                + "availability,2026-08,99.7,,,,2026-13-02,\n"                           // no such date
                + "availability,2026-09,101,,,,2026-10-02T06:00:00Z,\n");                // outside 0..100
        List<String> lines = e.problems().stream().map(InputProblem::toString)
                .map(s -> s.substring(dir.resolve("measurements.csv").toString().length() + 1)).toList();
        assertEquals(List.of(
                "line 2: has 7 fields, the header has 8",
                "line 4: has 9 fields, the header has 8",
                "line 5, field 'value': 'high' is not a decimal number (use digits and a point, e.g. 99.5)",
                "line 6, field 'value': a row has a value or a numerator and denominator, not both",
                "line 7, field 'value': is empty; a row needs a value, or a numerator and denominator",
                "line 8, field 'recorded_at': is empty; when the value was recorded is required",
                "line 9, field 'recorded_at': '2026-13-02' is not a timestamp (use 2026-04-02T08:00:00Z, an offset such "
                        + "as +02:00, or a date)",
                "line 10, field 'value': measurement of kpi 'availability' in 2026-09: value 101 is outside the valid "
                        + "range [0, 100] of kpi 'availability'"), lines);
        assertTrue(e.getMessage().startsWith("8 problems:\n  - " + dir.resolve("measurements.csv") + " line 2: "), e.getMessage());
    }

    @Test
    void aQuotedFieldThatIsNeverClosedStopsReadingAtItsRow() throws Exception {
        // RFC 4180 lets a quoted field span lines, so an unclosed quote runs to the end of the file
        InputException e = failure(HEADER
                + "availability,2026-01,99.7,,,,2026-02-02T06:00:00Z,\n"
                + "availability,2026-02,\"99.7,,,,2026-03-02T06:00:00Z,\n"               // quote not closed
                + "availability,2026-03,99.7,,,,2026-04-02T06:00:00Z,\n");
        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().startsWith("is not well-formed CSV: "), e.getMessage());
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedBeforeAnyRow() throws Exception {
        InputException e = failure("kpi_id,value,source,excluded_reason\n"
                + "availability,99.7,,\n");
        assertEquals(2, e.problems().size());
        assertEquals(java.util.Optional.of("period"), e.problems().get(0).field());
        assertEquals(java.util.Optional.of("recorded_at"), e.problems().get(1).field());
        assertTrue(e.problems().get(0).message().startsWith("the header has no column 'period'; expected the columns "
                + "kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason"), e.getMessage());
    }

    @Test
    void optionalColumnsMayBeLeftOut() throws Exception {
        // no numerator, denominator, source or excluded_reason column: a file of plain values
        Path file = csv("plain.csv", "kpi_id,period,value,recorded_at\navailability,2026-01,99.7,2026-02-02T06:00:00Z\n");
        Measurement m = read(file).get(0);
        assertEquals(new BigDecimal("99.7"), m.value().orElseThrow());
        assertTrue(m.source().isEmpty());
    }

    @Test
    void emptyAndMissingFilesAreNamed() throws Exception {
        assertEquals(dir.resolve("measurements.csv") + ": is empty; expected a header row with the columns "
                + "kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason", failure("").getMessage());
        InputException missing = assertThrows(InputException.class, () -> read(dir.resolve("nowhere.csv")));
        assertEquals(dir.resolve("nowhere.csv") + ": no such file", missing.getMessage());
    }

    @Test
    void readingStopsAfterTwentyProblems() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            sb.append("uptime,2026-01,99.7,,,,2026-02-02T06:00:00Z,\n");
        }
        InputException e = failure(sb.toString());
        assertEquals(CsvReader.PROBLEM_LIMIT, e.problems().size());
        assertTrue(e.getMessage().startsWith("20 problems (stopped reading after 20):"), e.getMessage());
    }

    @Test
    void progressIsSilentForQuickReadsAndPrintedForSlowOnes() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            sb.append("availability,2026-01,99.7,,,,2026-02-02T06:00:00Z,\n");
        }
        Path file = csv("progress.csv", sb.toString());
        // a clock that moves one second per look: the read "takes" several seconds
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream slow = new ByteArrayOutputStream();
        Progress progress = Progress.timed(new PrintStream(slow, true, StandardCharsets.UTF_8),
                () -> now.getAndAdd(Duration.ofSeconds(1).toNanos()), Duration.ofSeconds(2), Duration.ofSeconds(1));
        long rows = MeasurementCsv.forAgreement(agreement).withProgress(progress).read(DataFile.of(file), m -> { });
        assertEquals(20_000, rows);
        // looks at 0 (start), rows 4096 (1 s), 8192 (2 s: printed), 12288, 16384, then the end; the share is
        // of the bytes read, which run ahead of the rows by the reader's buffer
        assertEquals(String.join("\n", "reading " + file + ": 8,192 rows (N %)", "reading " + file + ": 12,288 rows (N %)",
                "reading " + file + ": 16,384 rows (N %)", "reading " + file + ": 20,000 rows in 5.0 s", ""),
                slow.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").replaceAll("\\(\\d+ %\\)", "(N %)"));
        ByteArrayOutputStream quick = new ByteArrayOutputStream();
        MeasurementCsv.forAgreement(agreement).withProgress(Progress.onStderr(new PrintStream(quick))).read(DataFile.of(file), m -> { });
        assertEquals(0, quick.size());
    }

    @Test
    void aMillionRowsAreStreamed() throws Exception {
        Agreement erp = ErpIntegrationScenario.referenceAgreement();
        Path file = dir.resolve("million.csv");
        int rows = 1_000_000;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = 0; i < rows; i++) {
                // one row per delivery: on time except every 50th; months cycle through 2026
                w.write("on-time-delivery,2026-");
                int month = i % 12 + 1;
                w.write(month < 10 ? "0" + month : String.valueOf(month));
                w.write(i % 50 == 0 ? ",,0,1,ERP,2026-12-31T00:00:00Z,\n" : ",,1,1,ERP,2026-12-31T00:00:00Z,\n");
            }
        }
        long[] onTime = new long[2];
        long read = MeasurementCsv.forAgreement(erp).read(DataFile.of(file), m -> {
            onTime[0] += m.numerator().orElseThrow().longValueExact();
            onTime[1] += m.denominator().orElseThrow().longValueExact();
        });
        assertEquals(rows, read);
        // every 50th of 1,000,000 late: 20,000 late, 980,000 on time
        assertEquals(980_000, onTime[0]);
        assertEquals(1_000_000, onTime[1]);
    }
}
