package dev.partnering.spark;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import dev.partnering.spark.internal.OutputRows;

/**
 * The outputs of one portfolio evaluation: scorecards and incentive-statement periods as rows for
 * analytics, their JSON documents for an ERP, and the rejects. All are views of one evaluation,
 * which Spark keeps (memory, then disk) until {@link #close()}.
 * <p>
 * {@link #write(String, SaveMode)} lays them out as:
 * <ul>
 * <li>{@code scorecards/} (Parquet): {@value #SCORECARD_COLUMNS_TEXT};</li>
 * <li>{@code statements/} (Parquet): {@value #STATEMENT_COLUMNS_TEXT};</li>
 * <li>{@code scorecards-json/}, {@code statements-json/} (text): one JSON document of the Jackson
 * module a line — a scorecard per agreement and period, a statement per agreement over all periods;</li>
 * <li>{@code rejects/} (JSON Lines): {@value #REJECT_COLUMNS_TEXT}.</li>
 * </ul>
 * Instances are thread-safe as Spark datasets are.
 *
 * @since 0.1.0
 */
public final class PortfolioResult implements AutoCloseable {

    /** The scorecard columns. */
    public static final String SCORECARD_COLUMNS_TEXT =
            "agreement_id, period, score, previous_score, undefined_reason, kpis, kpis_left_out, warnings";
    /** The statement columns. */
    public static final String STATEMENT_COLUMNS_TEXT =
            "agreement_id, period, supplier_id, currency, fee, gross, net, supplier_net, limit_applied, remedies";
    /** The reject columns. */
    public static final String REJECT_COLUMNS_TEXT = "input, agreement_id, record, message";

    private final Dataset<Row> evaluated;

    PortfolioResult(Dataset<Row> evaluated) {
        this.evaluated = Objects.requireNonNull(evaluated, "evaluated");
    }

    /** @return one row per agreement and period: {@value #SCORECARD_COLUMNS_TEXT}; never null */
    public Dataset<Row> scorecards() {
        return select(OutputRows.SCORECARD, OutputRows.SCORECARD_COLUMNS);
    }

    /** @return one row per agreement and period of its incentive statement: {@value #STATEMENT_COLUMNS_TEXT}; never null */
    public Dataset<Row> statements() {
        return select(OutputRows.STATEMENT, OutputRows.STATEMENT_COLUMNS);
    }

    /** @return the scorecards as JSON documents, columns {@code agreement_id, period, document}; never null */
    public Dataset<Row> scorecardDocuments() {
        return select(OutputRows.SCORECARD_DOCUMENT, List.of("agreement_id", "period", "document"));
    }

    /** @return the incentive statements as JSON documents, columns {@code agreement_id, document}; never null */
    public Dataset<Row> statementDocuments() {
        return select(OutputRows.STATEMENT_DOCUMENT, List.of("agreement_id", "document"));
    }

    /** @return what was not evaluated and why: {@value #REJECT_COLUMNS_TEXT}; never null */
    public Dataset<Row> rejects() {
        return select(OutputRows.REJECT, OutputRows.REJECT_COLUMNS);
    }

    private Dataset<Row> select(String kind, List<String> columns) {
        return evaluated.filter(col("kind").equalTo(kind)).select(columns.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    /**
     * Writes every output under {@code directory}, failing if one exists.
     *
     * @param directory  a directory Spark can write, not null
     */
    public void write(String directory) {
        write(directory, SaveMode.ErrorIfExists);
    }

    /**
     * Writes every output under {@code directory}.
     *
     * @param directory  a directory Spark can write, not null
     * @param mode  what to do with existing outputs, not null
     */
    public void write(String directory, SaveMode mode) {
        String dir = directory.endsWith("/") ? directory : directory + "/";
        scorecards().write().mode(mode).parquet(dir + "scorecards");
        statements().write().mode(mode).parquet(dir + "statements");
        scorecardDocuments().select("document").write().mode(mode).text(dir + "scorecards-json");
        statementDocuments().select("document").write().mode(mode).text(dir + "statements-json");
        rejects().write().mode(mode).json(dir + "rejects");
    }

    /** @return the counts of the outputs and of the rejects per input, never null */
    public JobSummary summary() {
        Map<String, Long> byKind = new HashMap<>();
        Map<String, Long> rejects = new HashMap<>();
        for (Row r : evaluated.groupBy("kind", "input").count().collectAsList()) {
            if (OutputRows.REJECT.equals(r.getString(0))) {
                rejects.put(r.getString(1), r.getLong(2));
            } else {
                byKind.merge(r.getString(0), r.getLong(2), Long::sum);
            }
        }
        long agreements = evaluated.filter(col("kind").equalTo(OutputRows.SCORECARD)).select("agreement_id").distinct()
                .count();
        return new JobSummary(agreements, byKind.getOrDefault(OutputRows.SCORECARD, 0L),
                byKind.getOrDefault(OutputRows.STATEMENT, 0L), byKind.getOrDefault(OutputRows.STATEMENT_DOCUMENT, 0L),
                rejects);
    }

    /** Releases what Spark keeps of the evaluation. */
    @Override
    public void close() {
        evaluated.unpersist();
    }
}
