package dev.partnering.jackson3.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.jackson.common.csv.CostOutcomeRow;
import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.jackson.common.csv.CsvException;
import dev.partnering.jackson.common.csv.CsvProblem;
import dev.partnering.jackson.common.csv.CsvRows;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/** CSV reading, the same inputs through Jackson 2 and Jackson 3: the same values, the same messages. */
class CsvReadingTest {

    static final String HEADER = "kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason\n";

    private final Agreement agreement = Fixtures.agreement();

    static List<CsvLine> lines() {
        return CsvLine.both().toList();
    }

    private List<Measurement> read(CsvLine line, String csv) {
        return line.measurements(agreement).readAll(new StringReader(csv), "m.csv");
    }

    private CsvException failure(CsvLine line, String csv) {
        return assertThrows(CsvException.class, () -> read(line, csv));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void readsValuesRatiosExclusionsQuotedFieldsAndTimestamps(CsvLine line) {
        List<Measurement> m = line.measurements(agreement).readAll(new ByteArrayInputStream(("\uFEFF" + HEADER
                + "ticket-sla,2026-01,,7,8,\"Delivery notes, ward 12\",2026-01-02T05:00:00Z,\r\n"
                + "\r\n"
                + "   \n"
                + "incident-response,2026-Q1,1.5,,,Call log,2026-01-03T23:00:00+01:00,\n"
                + "availability,2026-02,99.70,,,Zabbix,2026-02-11,\"Force majeure: snowstorm, \"\"orange\"\" warning\"\n")
                .getBytes(StandardCharsets.UTF_8)), "m.csv");
        assertEquals(3, m.size());
        assertEquals(new BigDecimal("7"), m.get(0).numerator().orElseThrow());
        assertEquals("Delivery notes, ward 12", m.get(0).source().orElseThrow());
        assertEquals(ReportingPeriod.parse("2026-Q1"), m.get(1).period());
        // 23:00 at +01:00 is 22:00 UTC
        assertEquals(Instant.parse("2026-01-03T22:00:00Z"), m.get(1).recordedAt());
        // a date alone is its start in UTC; the scale of 99.70 is kept
        assertEquals(Instant.parse("2026-02-11T00:00:00Z"), m.get(2).recordedAt());
        assertEquals(new BigDecimal("99.70"), m.get(2).value().orElseThrow());
        assertEquals("Force majeure: snowstorm, \"orange\" warning", m.get(2).exclusionReason().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void optionalColumnsMayBeLeftOutAndExtraColumnsAreIgnored(CsvLine line) {
        List<Measurement> m = read(line, "Recorded_At,KPI_ID,period,value,erp_row\n"
                + "2026-02-02T06:00:00Z,availability,2026-01,99.7,4711\n");
        assertEquals(List.of(Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-01"))
                .value(new BigDecimal("99.7")).recordedAt(Instant.parse("2026-02-02T06:00:00Z")).build()), m);
    }

    @ParameterizedTest
    @MethodSource("lines")
    void theHeaderMapsToTheUsersOwnColumnNamesAndProblemsUseThem(CsvLine line) {
        CsvColumns columns = CsvColumns.measurements().withHeader("kpi_id", "KPI").withHeader("value", "Wert")
                .withHeader("recorded_at", "Zeitpunkt");
        String csv = "KPI;period;Wert;Zeitpunkt\n".replace(';', ',')
                + "availability,2026-01,99.7,2026-02-02T06:00:00Z\n"
                + "availability,2026-02,hoch,2026-03-02T06:00:00Z\n";
        List<Measurement> good = new ArrayList<>();
        CsvException e = assertThrows(CsvException.class, () -> line.measurements(agreement, columns, 20)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "m.csv", good::add));
        // the good row was delivered before the exception
        assertEquals(1, good.size());
        assertEquals("m.csv line 3, column 'Wert': 'hoch' is not a decimal number (use digits and a point, e.g. 99.5)",
                e.getMessage());
    }

    @Test
    void mappingAColumnTheKindDoesNotHaveIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CsvColumns.measurements().withHeader("kpi", "KPI"));
        assertEquals("unknown column 'kpi' for measurements; the columns are kpi_id, period, value, numerator, "
                + "denominator, source, recorded_at, excluded_reason", e.violations().get(0).rule());
        ValidationException twice = assertThrows(ValidationException.class,
                () -> CsvColumns.measurements().withHeader("source", "KPI_ID"));
        assertEquals("header 'KPI_ID' already names column 'kpi_id'", twice.violations().get(0).rule());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void columnsOfAnotherKindAreRefused(CsvLine line) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> line.measurements(agreement, CsvColumns.costOutcomes(), 20));
        assertEquals("the columns of cost outcomes cannot read measurements", e.violations().get(0).rule());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void rowsStreamAndTheStreamClosesTheFile(CsvLine line) {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        StringReader text = new StringReader(HEADER + "availability,2026-01,99.7,,,,2026-02-02T06:00:00Z,\n"
                + "availability,2026-02,99.8,,,,2026-03-02T06:00:00Z,\n") {
            @Override
            public void close() {
                closed.set(true);
                super.close();
            }
        };
        try (java.util.stream.Stream<Measurement> s = line.measurements(agreement).open(text, "m.csv").stream()) {
            // only the first row is taken: the end of the file is never reached, closing the stream closes the file
            assertEquals(new BigDecimal("99.7"), s.findFirst().orElseThrow().value().orElseThrow());
            assertFalse(closed.get());
        }
        assertTrue(closed.get());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void everyBadRowIsNamedWithLineColumnAndRule(CsvLine line) {
        CsvException e = failure(line, HEADER
                + "availability,2026-01,99.7,,,,2026-02-02T06:00:00Z\n"                  // 7 fields
                + "availability,2026-03,99,7,,,,2026-04-02T06:00:00Z,\n"                 // decimal comma: 9 fields
                + "availability,2026-04,high,,,,2026-05-02T06:00:00Z,\n"                 // not a number
                + "availability,2026-05,99.7,1,2,,2026-06-02T06:00:00Z,\n"               // value and ratio
                + "availability,2026-06,,,,,2026-07-02T06:00:00Z,\n"                     // neither
                + "availability,2026-07,99.7,,,,,\n"                                     // no recorded_at
                + "availability,2026-08,99.7,,,,2026-13-02,\n"                           // no such date
                + "availability,2026-09,101,,,,2026-10-02T06:00:00Z,\n"                  // outside 0..100
                + "uptime,2026/10,99.7,,,,2026-11-02T06:00:00Z,\n"                       // unknown KPI, bad period
                + "ticket-sla,2026-11,,500,0,,2026-12-02T06:00:00Z,\n");                 // 500/0
        List<String> found = e.problems().stream().map(CsvProblem::toString).toList();
        assertEquals(List.of(
                "m.csv line 2: has 7 fields, the header has 8",
                "m.csv line 3: has 9 fields, the header has 8",
                "m.csv line 4, column 'value': 'high' is not a decimal number (use digits and a point, e.g. 99.5)",
                "m.csv line 5, column 'value': a row has a value or a numerator and denominator, not both",
                "m.csv line 6, column 'value': is empty; a row needs a value, or a numerator and denominator",
                "m.csv line 7, column 'recorded_at': is empty; when the value was recorded is required",
                "m.csv line 8, column 'recorded_at': '2026-13-02' is not a timestamp (use 2026-04-02T08:00:00Z, an "
                        + "offset such as +02:00, or a date)",
                "m.csv line 9, column 'value': measurement of kpi 'availability' in 2026-09: value 101 is outside the "
                        + "valid range [0, 100] of kpi 'availability'",
                "m.csv line 10, column 'kpi_id': unknown kpi 'uptime'; agreement 'it-partnering' has availability, "
                        + "incident-response, ticket-sla",
                "m.csv line 10, column 'period': '2026/10' is not a reporting period (use a month 2026-03, a quarter "
                        + "2026-Q1 or a year 2026)"), found.subList(0, 10));
        assertEquals(11, found.size(), e::getMessage);
        assertEquals(Optional.of("denominator"), e.problems().get(10).column());
        assertTrue(e.problems().get(10).rule().contains("500/0"), e::getMessage);
        assertFalse(e.truncated());
        assertTrue(e.getMessage().startsWith("11 problems:\n  - m.csv line 2: has 7 fields"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aMissingRequiredColumnIsRefusedBeforeAnyRow(CsvLine line) {
        CsvException e = failure(line, "kpi_id,value,source\navailability,99.7,\n");
        assertEquals(List.of(
                "m.csv line 1, column 'period': the header has no column 'period'; expected the columns kpi_id,period,value,"
                        + "numerator,denominator,source,recorded_at,excluded_reason, found kpi_id,value,source",
                "m.csv line 1, column 'recorded_at': the header has no column 'recorded_at'; expected the columns "
                        + "kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason, found "
                        + "kpi_id,value,source"), e.problems().stream().map(CsvProblem::toString).toList());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void readingStopsAtTheProblemLimit(CsvLine line) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            csv.append("uptime,2026-01,99.7,,,,2026-02-02T06:00:00Z,\n");
        }
        try (CsvRows<Measurement> rows = line.measurements(agreement, CsvColumns.measurements(), 5)
                .open(new StringReader(csv.toString()), "m.csv")) {
            CsvException e = assertThrows(CsvException.class, rows::hasNext);
            assertEquals(5, e.problems().size());
            assertTrue(e.truncated());
            // it stopped at the fifth bad row, not at the end of the file
            assertEquals(5, rows.rowsRead());
            assertTrue(e.getMessage().startsWith("5 problems (stopped reading after 5):\n  - m.csv line 2, column 'kpi_id'"),
                    e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("lines")
    void anEmptyFileIsRefusedAndAHeaderAloneHasNoRows(CsvLine line) {
        assertEquals("m.csv: is empty; expected a header row with the columns kpi_id,period,value,numerator,"
                + "denominator,source,recorded_at,excluded_reason", failure(line, "").getMessage());
        assertEquals("m.csv: is empty; expected a header row with the columns kpi_id,period,value,numerator,"
                + "denominator,source,recorded_at,excluded_reason", failure(line, "\n\n").getMessage());
        assertEquals(List.of(), read(line, HEADER));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aQuotedFieldMaySpanLinesAndLaterRowsKeepTheirLineNumbers(CsvLine line) {
        CsvException e = failure(line, HEADER
                + "availability,2026-01,99.7,,,\"first line\nsecond line\",2026-02-02T06:00:00Z,\n"
                + "availability,2026-02,high,,,,2026-03-02T06:00:00Z,\n");
        assertEquals("m.csv line 4, column 'value': 'high' is not a decimal number (use digits and a point, e.g. 99.5)",
                e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void anEndlessLineStopsReadingAfterTheLimit(CsvLine line) {
        String endless = HEADER + "availability,2026-01,99.7,,,,2026-02-02T06:00:00Z,\n" + "x".repeat(70_000) + "\n";
        assertEquals("m.csv line 3: is longer than the 65536 characters a line may have; reading stopped (is it a CSV "
                + "file?)", failure(line, endless).getMessage());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void malformedUtf8IsRefused(CsvLine line) {
        byte[] bytes = (HEADER + "availability,2026-01,99.7,,,caf\u00e9,2026-02-02T06:00:00Z,\n").getBytes(StandardCharsets.ISO_8859_1);
        CsvException e = assertThrows(CsvException.class,
                () -> line.measurements(agreement).read(new ByteArrayInputStream(bytes), "m.csv", m -> { }));
        assertEquals("m.csv: is not valid UTF-8 (after data row 0)", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void anUnclosedQuoteStopsReadingAtTheRowItOpens(CsvLine line) {
        CsvException e = failure(line, HEADER + "availability,2026-01,99.7,,,,2026-02-02T06:00:00Z,\n"
                + "availability,2026-02,\"99.7,,,,2026-03-02T06:00:00Z,\n"
                + "availability,2026-03,99.7,,,,2026-04-02T06:00:00Z,\n");
        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals(3, e.problems().get(0).line(), e::getMessage);
        assertTrue(e.getMessage().startsWith("m.csv line 3: is not well-formed CSV: "), e.getMessage());
    }

    @Test
    void bothLinesGiveTheSameMessages() {
        String csv = HEADER + "availability,2026-01,x,,,,2026-02-02T06:00:00Z,\n" + "uptime,2026-13,1,,,,,\n"
                + "a,b\n" + "ticket-sla,2026-01,,1,,,2026-02-02T06:00:00Z,\n";
        assertEquals(failure(CsvLine.JACKSON_2, csv).getMessage(), failure(CsvLine.JACKSON_3, csv).getMessage());
    }

    // ---------------------------------------------------------------- breach events and costs

    private static Agreement withPenalty() {
        Penalty late = Penalty.builder().id("late-delivery").rate(Money.of("5000.00", "SEK")).build();
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule())
                .incentiveScheme(IncentiveScheme.builder().addComponents(late).build()).build();
    }

    @ParameterizedTest
    @MethodSource("lines")
    void breachEventsReadWithUnitsDefaultingToOneAndUnknownPenaltiesNamed(CsvLine line) {
        Agreement a = withPenalty();
        String ok = "event_id,penalty_id,date,units\nproj-17,late-delivery,2026-02-16,3\nproj-18,late-delivery,2026-02-20,\n";
        List<BreachEvent> events = line.breachEvents(a, CsvColumns.breachEvents(), 20).readAll(new StringReader(ok), "e.csv");
        assertEquals(List.of(new BigDecimal("3"), BigDecimal.ONE), events.stream().map(BreachEvent::units).toList());
        assertEquals(LocalDate.of(2026, 2, 16), events.get(0).date());
        CsvException e = assertThrows(CsvException.class, () -> line.breachEvents(a, CsvColumns.breachEvents(), 20)
                .readAll(new StringReader("event_id,penalty_id,date\nx,stock-out,2026-02-31\n"), "e.csv"));
        assertEquals(List.of("e.csv line 2, column 'penalty_id': unknown penalty 'stock-out'; the incentive scheme of "
                + "agreement 'it-partnering' has late-delivery",
                "e.csv line 2, column 'date': '2026-02-31' is not a date (use 2026-03-31)"),
                e.problems().stream().map(CsvProblem::toString).toList());
    }

    @ParameterizedTest
    @MethodSource("lines")
    void costOutcomesReadAndATwiceGivenPeriodIsNamedWithTheEarlierLine(CsvLine line) {
        String csv = "component_id,period,baseline,actual,currency\n"
                + "savings,2026-06,420000.00,340000.00,SEK\n"
                + "savings,2026-06,1.00,1.00,SEK\n"
                + "savings,2026-07,1.00,1.00,XYZ\n";
        List<CostOutcomeRow> good = new ArrayList<>();
        CsvException e = assertThrows(CsvException.class, () -> line.costOutcomes(CsvColumns.costOutcomes(), 20)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "c.csv", good::add));
        // savings = baseline − actual = 420000.00 − 340000.00 = 80000.00
        assertEquals(Money.of("80000.00", "SEK"), good.get(0).outcome().savings());
        assertEquals(List.of("c.csv line 3, column 'period': component 'savings' already has a cost outcome for 2026-06 "
                + "(line 2)", "c.csv line 4, column 'currency': currency 'XYZ' is not an ISO-4217 currency code"),
                e.problems().stream().map(CsvProblem::toString).toList());
    }
}
