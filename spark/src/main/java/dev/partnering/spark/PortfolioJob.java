package dev.partnering.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;

import dev.partnering.spark.internal.AgreementTask;
import dev.partnering.spark.internal.OutputRows;

/**
 * Evaluates a portfolio of agreements as a Spark job. The agreements (JSON documents) and every
 * row of measurements, breach events and cost outcomes are keyed by agreement id and grouped, so
 * that each agreement is evaluated in one task, by the SDK's own {@code ScorecardCalculator} and
 * {@code IncentiveCalculator}, exactly as in one JVM: the job computes no figure itself.
 * <p>
 * A bad row, an unreadable or invalid agreement, or rows for an agreement that no document
 * defines do not fail the job: they become rows of {@link PortfolioResult#rejects()} with the
 * SDK's message, and {@link PortfolioResult#summary()} counts them.
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[*]").getOrCreate();
 * try (PortfolioResult result = PortfolioJob.standard().evaluate(spark,
 *         PortfolioInputs.of("in/agreements", "in/measurements.csv").withCosts("in/costs.csv"))) {
 *     result.write("out");
 *     System.out.println(result.summary());
 * }
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PortfolioJob {

    private static final PortfolioJob STANDARD = new PortfolioJob(true);

    private final boolean scorecardDocuments;

    private PortfolioJob(boolean scorecardDocuments) {
        this.scorecardDocuments = scorecardDocuments;
    }

    /** @return the job with every output, the scorecards' JSON documents included; never null */
    public static PortfolioJob standard() {
        return STANDARD;
    }

    /**
     * A scorecard's document carries its full explanation (tens of KiB for 20 KPIs), so at
     * portfolio scale the scorecard documents are most of the output; the scorecard rows and the
     * statement documents (which an ERP books) stay.
     *
     * @return a copy that writes no scorecard documents, never null
     */
    public PortfolioJob withoutScorecardDocuments() {
        return new PortfolioJob(false);
    }

    /**
     * Plans the evaluation and runs it once; the result is kept (memory, then disk) for the
     * outputs read from it. Nothing is written.
     *
     * @param spark  the session, not null
     * @param inputs  where to read, not null
     * @return the result, never null; close it to release what it keeps
     */
    public PortfolioResult evaluate(SparkSession spark, PortfolioInputs inputs) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(inputs, "inputs");
        Dataset<Row> keyed = keyedInputs(spark, inputs);
        Dataset<Row> evaluated = keyed
                .groupByKey((MapFunction<Row, String>) r -> r.getString(1), Encoders.STRING())
                .flatMapGroups(new AgreementTask(scorecardDocuments), Encoders.row(OutputRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new PortfolioResult(evaluated);
    }

    /**
     * Every input as rows of {@code (input, agreement_id, fields)}, where {@code fields} maps each
     * field to its text; the agreement id is empty when a row or document has none.
     *
     * @param spark  the session, not null
     * @param inputs  where to read, not null
     * @return the union of all inputs, never null
     */
    public Dataset<Row> keyedInputs(SparkSession spark, PortfolioInputs inputs) {
        Dataset<Row> all = agreements(spark, inputs);
        all = all.unionByName(rows(spark, inputs, inputs.measurements(), inputs.measurementColumns(), AgreementTask.MEASUREMENTS));
        if (inputs.events().isPresent()) {
            all = all.unionByName(rows(spark, inputs, inputs.events().get(), inputs.eventColumns(), AgreementTask.EVENTS));
        }
        if (inputs.costs().isPresent()) {
            all = all.unionByName(rows(spark, inputs, inputs.costs().get(), inputs.costColumns(), AgreementTask.COSTS));
        }
        return all;
    }

    private static Dataset<Row> agreements(SparkSession spark, PortfolioInputs inputs) {
        Dataset<Row> text = spark.read().option("wholetext", !inputs.agreementsPerLine()).text(inputs.agreements())
                .filter(trim(col("value")).notEqual(lit("")));
        Column file = col("_metadata.file_path");
        return text.select(lit(AgreementTask.AGREEMENTS).as("input"),
                coalesce(trim(get_json_object(col("value"), "$.agreement.id")), lit("")).as("agreement_id"),
                map(lit("file"), file, lit("document"), col("value")).as("fields"));
    }

    private static Dataset<Row> rows(SparkSession spark, PortfolioInputs inputs, String path, ColumnMapping mapping,
            String input) {
        Dataset<Row> source = inputs.format() == InputFormat.CSV
                ? spark.read().option("header", true).option("mode", "PERMISSIVE").csv(path)
                : spark.read().parquet(path);
        Set<String> present = new HashSet<>(Arrays.asList(source.columns()));
        List<Column> pairs = new ArrayList<>();
        for (Map.Entry<String, String> e : mapping.columns().entrySet()) {
            pairs.add(lit(e.getKey()));
            pairs.add(present.contains(e.getValue()) ? text(source, e.getValue()) : lit(null).cast(DataTypes.StringType));
        }
        Column agreementId = present.contains(mapping.column("agreement_id"))
                ? coalesce(trim(text(source, mapping.column("agreement_id"))), lit("")) : lit("");
        return source.select(lit(input).as("input"), agreementId.as("agreement_id"),
                map(pairs.toArray(new Column[0])).as("fields"));
    }

    /** A column as text: timestamps as ISO date-times with their offset, everything else cast. */
    private static Column text(Dataset<Row> source, String name) {
        StructField field = source.schema().apply(name);
        Column c = col("`" + name + "`");
        if (field.dataType().equals(DataTypes.TimestampType) || field.dataType().equals(DataTypes.TimestampNTZType)) {
            return date_format(c, "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
        }
        return c.cast(DataTypes.StringType);
    }
}
