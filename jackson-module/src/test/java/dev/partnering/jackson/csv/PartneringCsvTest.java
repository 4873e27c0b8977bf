package dev.partnering.jackson.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.jackson.common.csv.CsvException;
import dev.partnering.kpi.Measurement;

/**
 * The Jackson 2 CSV entry point on its own; every case runs over both Jackson lines in
 * {@code partnering-jackson3}'s {@code CsvReadingTest}.
 */
class PartneringCsvTest {

    @Test
    void readsMeasurementsAndNamesBadRows() {
        String csv = "kpi_id,period,value,numerator,denominator,recorded_at\n"
                + "availability,2026-01,99.7,,,2026-02-02T06:00:00Z\n"
                + "ticket-sla,2026-01,,180,200,2026-02-02T06:00:00Z\n";
        List<Measurement> m = PartneringCsv.standard().measurements(Fixtures.agreement())
                .readAll(new StringReader(csv), "m.csv");
        assertEquals(List.of(new BigDecimal("99.7"), new BigDecimal("200")),
                List.of(m.get(0).value().orElseThrow(), m.get(1).denominator().orElseThrow()));
        CsvException e = assertThrows(CsvException.class, () -> PartneringCsv.standard().measurements(Fixtures.agreement())
                .readAll(new StringReader(csv + "availability,2026-02,1O0,,,2026-03-02T06:00:00Z\n"), "m.csv"));
        assertEquals("m.csv line 4, column 'value': '1O0' is not a decimal number (use digits and a point, e.g. 99.5)",
                e.getMessage());
    }

    @Test
    void theProblemLimitIsAtLeastOne() {
        assertEquals(20, PartneringCsv.standard().problemLimit());
        assertEquals(1, PartneringCsv.standard().withProblemLimit(1).problemLimit());
        ValidationException e = assertThrows(ValidationException.class, () -> PartneringCsv.standard().withProblemLimit(0));
        assertEquals("the problem limit 0 must be at least 1", e.violations().get(0).rule());
    }
}
