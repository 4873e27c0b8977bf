package dev.partnering.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnering.benchmarks.Portfolio;
import dev.partnering.benchmarks.PortfolioEvaluation;
import dev.partnering.benchmarks.PortfolioGenerator;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.jackson.PartneringDocument;
import dev.partnering.scorecard.Scorecard;

/**
 * The Spark job against the single-JVM evaluation of the benchmarks' generated portfolio
 * (12 agreements × 5 KPIs × 6 months × 2 measurements; every fourth agreement has a gain share
 * with monthly cost outcomes, every third service-credit tiers): figure for figure and document
 * for document, whatever the partitioning.
 */
class PortfolioJobTest {

    static final Portfolio PORTFOLIO = PortfolioGenerator.of(12, 5, 6, 2, 7).generate();

    @TempDir
    static Path dir;
    static Path agreements;
    static Path measurements;
    static Path costs;

    @BeforeAll
    static void files() {
        agreements = PortfolioFiles.agreementFiles(PORTFOLIO, dir.resolve("agreements"));
        measurements = PortfolioFiles.write(dir.resolve("measurements.csv"), PortfolioFiles.measurementLines(PORTFOLIO));
        costs = PortfolioFiles.write(dir.resolve("costs.csv"), PortfolioFiles.costLines(PORTFOLIO));
    }

    static SparkSession spark() {
        return SparkTests.spark();
    }

    static PortfolioInputs inputs() {
        return PortfolioInputs.of(agreements.toString(), measurements.toString()).withCosts(costs.toString());
    }

    /** What one JVM computes: per agreement id, the documents of its scorecards and its statement. */
    static Map<String, String> singleJvmDocuments() {
        Map<String, String> documents = new TreeMap<>();
        for (int a = 0; a < PORTFOLIO.agreements().size(); a++) {
            for (Scorecard s : PortfolioEvaluation.scorecardsOf(PORTFOLIO, a)) {
                documents.put(s.agreementId() + " " + s.period(), PortfolioFiles.json(PartneringDocument.of(s)));
            }
            IncentiveStatement st = PortfolioEvaluation.statementOf(PORTFOLIO, a);
            documents.put(st.agreementId() + " statement", PortfolioFiles.json(PartneringDocument.of(st)));
        }
        return documents;
    }

    static Map<String, String> jobDocuments(PortfolioResult result) {
        Map<String, String> documents = new TreeMap<>();
        for (Row r : result.scorecardDocuments().collectAsList()) {
            assertEquals(null, documents.put(r.getString(0) + " " + r.getString(1), r.getString(2)));
        }
        for (Row r : result.statementDocuments().collectAsList()) {
            assertEquals(null, documents.put(r.getString(0) + " statement", r.getString(1)));
        }
        return documents;
    }

    @Test
    void statementsEqualTheSingleJvmEvaluationFigureForFigure() {
        try (PortfolioResult result = PortfolioJob.standard().evaluate(spark(), inputs())) {
            Map<String, Row> rows = new HashMap<>();
            result.statements().collectAsList().forEach(r -> rows.put(r.getString(0) + " " + r.getString(1), r));
            // 12 agreements × 6 months, every agreement has a scheme
            assertEquals(72, rows.size());
            for (int a = 0; a < PORTFOLIO.agreements().size(); a++) {
                IncentiveStatement single = PortfolioEvaluation.statementOf(PORTFOLIO, a);
                for (PeriodStatement p : single.periods()) {
                    Row r = rows.get(single.agreementId() + " " + p.period());
                    String where = single.agreementId() + " " + p.period();
                    assertEquals(single.supplierId(), r.getString(2), where);
                    assertEquals("SEK", r.getString(3), where);
                    assertSame(p.fee().orElseThrow().amount(), r.getDecimal(4), where + " fee");
                    assertSame(p.gross().amount(), r.getDecimal(5), where + " gross");
                    assertSame(p.net().amount(), r.getDecimal(6), where + " net");
                    assertSame(p.netByParty().get(single.supplierId()).amount(), r.getDecimal(7), where + " supplier net");
                    assertEquals(p.limitApplied().orElse(null), r.getString(8), where);
                    assertEquals(p.remedies().size(), r.getInt(9), where);
                }
            }
            Map<String, Row> scorecards = new HashMap<>();
            result.scorecards().collectAsList().forEach(r -> scorecards.put(r.getString(0) + " " + r.getString(1), r));
            assertEquals(72, scorecards.size());
            for (int a = 0; a < PORTFOLIO.agreements().size(); a++) {
                for (Scorecard s : PortfolioEvaluation.scorecardsOf(PORTFOLIO, a)) {
                    Row r = scorecards.get(s.agreementId() + " " + s.period());
                    assertSame(s.score().orElseThrow(), r.getDecimal(2), s.agreementId() + " " + s.period() + " score");
                    assertEquals(s.lines().size(), r.getInt(5));
                }
            }
            // the ERP's documents: byte for byte what the Jackson module writes for the single-JVM results
            assertEquals(singleJvmDocuments(), jobDocuments(result));
            JobSummary summary = result.summary();
            assertEquals(new JobSummary(12, 72, 72, 12, Map.of()), summary);
        }
    }

    @Test
    void partitioningThatSplitsAgreementsAcrossTasksChangesNothing() {
        // every agreement's measurement and cost rows shuffled over 5 files, read in splits of 4 KiB
        // (so each agreement's rows come from many reader tasks), the agreements as JSON Lines; then
        // grouped into 1 and into 7 shuffle partitions
        Path split = PortfolioFiles.split(PortfolioFiles.measurementLines(PORTFOLIO), dir.resolve("split-measurements"), 5, 1);
        Path splitCosts = PortfolioFiles.split(PortfolioFiles.costLines(PORTFOLIO), dir.resolve("split-costs"), 3, 2);
        Path lines = PortfolioFiles.agreementLines(PORTFOLIO, dir.resolve("agreements.jsonl"));
        PortfolioInputs inputs = PortfolioInputs.of(lines.toString(), split.toString()).withAgreementsPerLine()
                .withCosts(splitCosts.toString());
        Map<String, String> expected = singleJvmDocuments();
        String before = spark().conf().get("spark.sql.shuffle.partitions");
        String splitBefore = spark().conf().get("spark.sql.files.maxPartitionBytes");
        try {
            spark().conf().set("spark.sql.files.maxPartitionBytes", "4096");
            assertTrue(spark().read().option("header", true).csv(split.toString()).javaRDD().getNumPartitions() >= 10);
            for (String partitions : List.of("1", "7")) {
                spark().conf().set("spark.sql.shuffle.partitions", partitions);
                try (PortfolioResult result = PortfolioJob.standard().evaluate(spark(), inputs)) {
                    assertEquals(expected, jobDocuments(result), partitions + " shuffle partitions");
                }
            }
        } finally {
            spark().conf().set("spark.sql.shuffle.partitions", before);
            spark().conf().set("spark.sql.files.maxPartitionBytes", splitBefore);
        }
    }

    @Test
    void parquetInputWithMappedColumnsGivesTheSameResults() {
        // the measurements as a Parquet table with its own column names and a timestamp column
        Path parquet = dir.resolve("measurements.parquet");
        spark().read().option("header", true).csv(measurements.toString())
                .withColumnRenamed("agreement_id", "contract")
                .withColumnRenamed("value", "measured")
                .withColumn("recorded_at", org.apache.spark.sql.functions.to_timestamp(
                        org.apache.spark.sql.functions.col("recorded_at")))
                .write().parquet(parquet.toString());
        Path costsParquet = dir.resolve("costs.parquet");
        spark().read().option("header", true).csv(costs.toString()).write().parquet(costsParquet.toString());
        PortfolioInputs inputs = PortfolioInputs.of(agreements.toString(), parquet.toString())
                .withCosts(costsParquet.toString()).withFormat(InputFormat.PARQUET)
                .withColumns(ColumnMapping.measurements().withColumn("agreement_id", "contract").withColumn("value", "measured"));
        try (PortfolioResult result = PortfolioJob.standard().evaluate(spark(), inputs)) {
            assertEquals(singleJvmDocuments(), jobDocuments(result));
            assertEquals(0, result.rejects().count());
        }
    }

    @Test
    void theJobWritesEveryOutput() throws Exception {
        Path out = dir.resolve("out");
        int code = PortfolioJobMain.run(new String[] {"--agreements", agreements.toString(), "--measurements",
            measurements.toString(), "--costs", costs.toString(), "--out", out.toString()}, System.out, System.err);
        assertEquals(0, code);
        assertEquals(72, spark().read().parquet(out.resolve("statements").toString()).count());
        assertEquals(72, spark().read().parquet(out.resolve("scorecards").toString()).count());
        assertEquals(72, spark().read().text(out.resolve("scorecards-json").toString()).count());
        List<String> statements = new ArrayList<>();
        spark().read().text(out.resolve("statements-json").toString()).collectAsList().forEach(r -> statements.add(r.getString(0)));
        assertEquals(12, statements.size());
        assertTrue(statements.stream().allMatch(s -> s.startsWith("{\"formatVersion\":1,")), statements.get(0));
        assertTrue(Files.isDirectory(out.resolve("rejects")));
        // the session is the tests' shared one: the command line must not have stopped it
        assertEquals(1, spark().range(1).count());
    }

    /** Equal as numbers and, for the Parquet decimal's fixed scale, equal after stripping zeros. */
    static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": " + expected + " vs " + actual);
    }
}
