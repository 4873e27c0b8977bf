package dev.partnering.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.benchmarks.Portfolio;
import dev.partnering.benchmarks.PortfolioEvaluation;
import dev.partnering.benchmarks.PortfolioGenerator;
import dev.partnering.jackson.PartneringDocument;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;

/**
 * Bad rows and bad agreements land in the rejects with the SDK's message and are counted; the job
 * goes on, and the good agreements' statements are what one JVM computes.
 */
class RejectsTest {

    /** 4 agreements × 5 KPIs × 2 months × 1 measurement; agreement 1 has a gain share with costs. */
    static final Portfolio PORTFOLIO = PortfolioGenerator.of(4, 5, 2, 1, 11).generate();
    static final String INVALID_TITLE = "\"title\":\"Portfolio agreement 4\"";

    @TempDir
    static Path dir;
    static PortfolioInputs inputs;

    @BeforeAll
    static void files() {
        Path agreements = PortfolioFiles.agreementFiles(PORTFOLIO, dir.resolve("agreements"));
        // agreement 4 breaks a rule of the domain (an empty title); another file is not JSON at all
        PortfolioFiles.write(agreements.resolve("agreement-00004.json"), List.of(invalidDocument()));
        PortfolioFiles.write(agreements.resolve("broken.json"), List.of("{not json"));
        List<String> measurements = new ArrayList<>(PortfolioFiles.measurementLines(PORTFOLIO));
        measurements.add("agreement-00001,kpi-02,2024-01,abc,,,ERP,2024-02-01T06:00:00Z,");
        measurements.add("agreement-00001,kpi-99,2024-01,5,,,ERP,2024-02-01T06:00:00Z,");
        measurements.add("agreement-00002,kpi-01,2024-01,140,,,ERP,2024-02-01T06:00:00Z,");
        measurements.add(",kpi-01,2024-01,99.5,,,ERP,2024-02-01T06:00:00Z,");
        measurements.add("agreement-09999,kpi-01,2024-01,99.5,,,ERP,2024-02-01T06:00:00Z,");
        List<String> costs = new ArrayList<>(PortfolioFiles.costLines(PORTFOLIO));
        costs.add("agreement-00001,savings,2024-02,100.00,90.00,EURO,typo");
        List<String> events = List.of(String.join(",", ColumnMapping.EVENT_FIELDS),
                "agreement-00002,E-1,stock-out,2024-01-15,1,no such penalty,");
        inputs = PortfolioInputs.of(agreements.toString(),
                PortfolioFiles.write(dir.resolve("measurements.csv"), measurements).toString())
                .withCosts(PortfolioFiles.write(dir.resolve("costs.csv"), costs).toString())
                .withEvents(PortfolioFiles.write(dir.resolve("events.csv"), events).toString());
    }

    static String invalidDocument() {
        String document = PortfolioFiles.document(PORTFOLIO.agreements().get(3));
        assertTrue(document.contains(INVALID_TITLE));
        return document.replace(INVALID_TITLE, "\"title\":\"\"");
    }

    /** What the Jackson module says of a document, read in one JVM. */
    static String moduleMessage(String document) {
        Exception e = assertThrows(Exception.class,
                () -> PortfolioFiles.MAPPER.readValue(document, PartneringDocument.class).value(Agreement.class));
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    @Test
    void badRowsAndAgreementsAreRejectedWithTheSdksMessageAndCounted() {
        try (PortfolioResult result = PortfolioJob.standard().evaluate(SparkTests.spark(), inputs)) {
            Map<String, Row> rejects = new TreeMap<>();
            for (Row r : result.rejects().collectAsList()) {
                rejects.put(r.getString(0) + " " + r.getString(1) + " " + r.getString(2), r);
            }
            assertEquals(9, rejects.size(), rejects.keySet().toString());
            String abc = message(rejects, "measurements", "kpi_id=kpi-02");
            assertEquals("value: 'abc' is not a decimal number (use digits and a point, e.g. 99.5)", abc);
            assertTrue(message(rejects, "measurements", "kpi_id=kpi-99").startsWith("kpi_id: unknown kpi 'kpi-99'"));
            // the SDK's own rule for a measured value outside the KPI's valid range
            Agreement second = PORTFOLIO.agreements().get(1);
            ValidationException outOfRange = assertThrows(ValidationException.class, () -> Measurement.builder()
                    .forKpi(second.kpiInForce("kpi-01", ReportingPeriod.month(2024, 1).start()).orElseThrow())
                    .period(ReportingPeriod.month(2024, 1)).value(new BigDecimal("140"))
                    .recordedAt(Instant.parse("2024-02-01T06:00:00Z")).build());
            assertTrue(message(rejects, "measurements", "value=140").contains(outOfRange.violations().get(0).rule()),
                    message(rejects, "measurements", "value=140"));
            assertEquals("agreement_id: is empty; every row names its agreement",
                    message(rejects, "measurements", "agreement_id=,"));
            assertEquals("no agreement document has id 'agreement-09999'; not evaluated: 1 measurements, 0 breach events,"
                    + " 0 cost outcomes", message(rejects, "agreements", "agreement-09999"));
            // the invalid agreement: the Jackson module's message, and what was left unevaluated (5 KPIs × 2 months)
            assertEquals(moduleMessage(invalidDocument()) + "; not evaluated: 10 measurements, 0 breach events, 0 cost outcomes",
                    message(rejects, "agreements", "agreement-00004"));
            assertEquals(moduleMessage("{not json"), message(rejects, "agreements", "broken.json"));
            assertTrue(message(rejects, "costs", "currency=EURO").startsWith("currency: "), message(rejects, "costs", "EURO"));
            assertTrue(message(rejects, "events", "penalty_id=stock-out")
                    .startsWith("penalty_id: unknown penalty 'stock-out'; the incentive scheme of agreement 'agreement-00002' has no penalty"));

            // the job went on: the three good agreements are exactly what one JVM computes from the good rows
            Map<String, String> expected = new TreeMap<>();
            for (int a = 0; a < 3; a++) {
                expected.put(PORTFOLIO.agreements().get(a).id(),
                        PortfolioFiles.json(PartneringDocument.of(PortfolioEvaluation.statementOf(PORTFOLIO, a))));
            }
            Map<String, String> actual = new TreeMap<>();
            result.statementDocuments().collectAsList().forEach(r -> actual.put(r.getString(0), r.getString(1)));
            assertEquals(expected, actual);
            // 3 agreements × 2 months
            assertEquals(new JobSummary(3, 6, 6, 3, Map.of("agreements", 3L, "costs", 1L, "events", 1L, "measurements", 4L)),
                    result.summary());
        }
    }

    private static String message(Map<String, Row> rejects, String input, String recordPart) {
        List<String> found = new ArrayList<>();
        rejects.forEach((k, r) -> {
            if (r.getString(0).equals(input) && (k.contains(recordPart))) {
                found.add(r.getString(3));
            }
        });
        assertEquals(1, found.size(), input + " " + recordPart + " in " + rejects.keySet());
        return found.get(0);
    }
}
