package dev.partnering.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of {@code docs/spark.md}, run on the demo portfolio in {@code src/test/resources/demo}:
 * the examples' hospital-linen agreement, its daily measurements of 2026-Q1 and its stock-out
 * events, with an {@code agreement_id} column in front.
 */
class GuideTest {

    static final String DEMO = "src/test/resources/demo";

    @TempDir
    Path tmp;

    @Test
    void evaluateAPortfolio() {
        SparkSession spark = SparkTests.spark();
        String out = tmp.resolve("out").toString();
        JobSummary summary;
        // tag::evaluate[]
        PortfolioInputs inputs = PortfolioInputs.of(DEMO + "/agreements", DEMO + "/measurements.csv")
                .withEvents(DEMO + "/events.csv");
        try (PortfolioResult result = PortfolioJob.standard().evaluate(spark, inputs)) {
            result.write(out);
            summary = result.summary();
        }
        // end::evaluate[]
        // one agreement, three months (2026-01 to 2026-03), each with a scorecard and a statement period
        assertEquals(new JobSummary(1, 3, 3, 1, Map.of()), summary);
        assertTrue(Files.isDirectory(tmp.resolve("out/statements-json")));
    }

    @Test
    void mapLakehouseColumns() {
        // tag::columns[]
        ColumnMapping measurements = ColumnMapping.measurements()
                .withColumn("agreement_id", "contract_no")
                .withColumn("value", "measured_value");
        PortfolioInputs inputs = PortfolioInputs.of("s3a://lake/agreements", "s3a://lake/kpi_measurements")
                .withFormat(InputFormat.PARQUET)
                .withColumns(measurements);
        // end::columns[]
        assertEquals("contract_no", inputs.measurementColumns().column("agreement_id"));
        assertEquals("kpi_id", inputs.measurementColumns().column("kpi_id"));
    }
}
