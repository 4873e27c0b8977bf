package dev.partnering.jackson3.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.jackson.common.csv.CsvException;
import dev.partnering.jackson.common.csv.CsvProblem;
import dev.partnering.jackson.common.csv.CsvReader;
import dev.partnering.jackson.common.csv.CsvRows;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;

/** The snippets of docs/csv.md, compiled and run. */
class CsvGuideTest {

    @TempDir
    Path dir;

    private final Agreement agreement = Fixtures.agreement();

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("measurements.csv"), content);
    }

    @Test
    void jackson2Module() throws Exception {
        // tag::jackson2-module[]
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new dev.partnering.jackson.PartneringModule()); // or .findAndRegisterModules()
        String json = mapper.writeValueAsString(Money.of("1500000.00", "SEK"));
        // {"amount":"1500000.00","currency":"SEK"}
        // end::jackson2-module[]
        assertEquals("{\"amount\":\"1500000.00\",\"currency\":\"SEK\"}", json);
        assertEquals(Money.of("1500000.00", "SEK"), mapper.readValue(json, Money.class));
    }

    @Test
    void jackson3Module() {
        // tag::jackson3-module[]
        tools.jackson.databind.ObjectMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
                .addModule(new dev.partnering.jackson3.PartneringModule()) // or .findAndAddModules()
                .build();
        String json = mapper.writeValueAsString(Money.of("1500000.00", "SEK"));
        // {"amount":"1500000.00","currency":"SEK"}
        // end::jackson3-module[]
        assertEquals("{\"amount\":\"1500000.00\",\"currency\":\"SEK\"}", json);
    }

    @Test
    void readMeasurements() throws Exception {
        Path path = file("kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason\n"
                + "availability,2026-01,99.7,,,Zabbix monthly report,2026-02-01T06:00:00Z,\n"
                + "ticket-sla,2026-01,,180,200,ServiceNow export,2026-02-01T06:00:00Z,\n");
        List<Measurement> kept = new ArrayList<>();
        // tag::read-measurements[]
        // Jackson 2: dev.partnering.jackson.csv.PartneringCsv; Jackson 3: dev.partnering.jackson3.csv.PartneringCsv
        CsvReader<Measurement> reader = dev.partnering.jackson3.csv.PartneringCsv.standard().measurements(agreement);
        try (CsvRows<Measurement> rows = reader.open(path)) { // one row in memory at a time
            while (rows.hasNext()) {
                kept.add(rows.next());
            }
        }
        // end::read-measurements[]
        assertEquals(2, kept.size());
        assertEquals(new BigDecimal("180"), kept.get(1).numerator().orElseThrow());
        assertEquals(kept, dev.partnering.jackson.csv.PartneringCsv.standard().measurements(agreement).readAll(path));
    }

    @Test
    void ownColumnNames() throws Exception {
        Path path = file("KPI;Month;Value;Timestamp\n".replace(';', ',') + "availability,2026-01,99.7,2026-02-01T06:00:00Z\n");
        // tag::own-columns[]
        CsvColumns columns = CsvColumns.measurements()
                .withHeader("kpi_id", "KPI")
                .withHeader("period", "Month")
                .withHeader("recorded_at", "Timestamp"); // the columns left out of the file are optional ones
        List<Measurement> all = dev.partnering.jackson3.csv.PartneringCsv.standard()
                .measurements(agreement, columns)
                .readAll(path); // all or nothing: a CsvException if any row is bad
        // end::own-columns[]
        assertEquals(new BigDecimal("99.7"), all.get(0).value().orElseThrow());
    }

    @Test
    void problems() throws Exception {
        Path path = file("kpi_id,period,value,recorded_at\n"
                + "availability,2026-01,high,2026-02-01T06:00:00Z\n"
                + "uptime,2026-02,99.7,2026-03-01T06:00:00Z\n");
        List<String> messages = new ArrayList<>();
        // tag::problems[]
        try {
            dev.partnering.jackson3.csv.PartneringCsv.standard().withProblemLimit(100)
                    .measurements(agreement).read(path, m -> { /* valid rows arrive here first */ });
        } catch (CsvException e) {
            for (CsvProblem p : e.problems()) { // file, line, column (as the header names it), rule
                messages.add(p.toString());
            }
        }
        // end::problems[]
        assertEquals(2, messages.size());
        assertTrue(messages.get(0).endsWith("measurements.csv line 2, column 'value': 'high' is not a decimal number (use "
                + "digits and a point, e.g. 99.5)"), messages.get(0));
        assertTrue(messages.get(1).contains("line 3, column 'kpi_id': unknown kpi 'uptime'"), messages.get(1));
    }
}
