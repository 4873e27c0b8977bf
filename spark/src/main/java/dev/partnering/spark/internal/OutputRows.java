package dev.partnering.spark.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.money.Money;
import dev.partnering.scorecard.Scorecard;

/**
 * The rows the per-agreement task emits: one wide schema whose {@code kind} says which output a row
 * belongs to (a scorecard, a period of an incentive statement, a JSON document, a reject); the job
 * splits them by kind. Scores are {@code decimal(38,18)} (an agreement declares at most 18
 * decimals), amounts {@code decimal(38,6)}, exact: both are the SDK's figures, not recomputed.
 */
public final class OutputRows {

    /** A scorecard of one agreement and period. */
    public static final String SCORECARD = "scorecard";
    /** One period of an agreement's incentive statement. */
    public static final String STATEMENT = "statement";
    /** The JSON document of a scorecard. */
    public static final String SCORECARD_DOCUMENT = "scorecard_document";
    /** The JSON document of an agreement's incentive statement over all its periods. */
    public static final String STATEMENT_DOCUMENT = "statement_document";
    /** An input row or agreement that was not evaluated, with why. */
    public static final String REJECT = "reject";

    /** The scorecard columns, in order. */
    public static final List<String> SCORECARD_COLUMNS = List.of("agreement_id", "period", "score", "previous_score",
            "undefined_reason", "kpis", "kpis_left_out", "warnings");
    /** The statement columns, in order. */
    public static final List<String> STATEMENT_COLUMNS = List.of("agreement_id", "period", "supplier_id", "currency",
            "fee", "gross", "net", "supplier_net", "limit_applied", "remedies");
    /** The reject columns, in order. */
    public static final List<String> REJECT_COLUMNS = List.of("input", "agreement_id", "record", "message");

    private static final DataType SCORE = DataTypes.createDecimalType(38, 18);
    private static final DataType AMOUNT = DataTypes.createDecimalType(38, 6);

    /** The schema of every row the task emits. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        field("kind", DataTypes.StringType),
        field("agreement_id", DataTypes.StringType),
        field("period", DataTypes.StringType),
        field("score", SCORE),
        field("previous_score", SCORE),
        field("undefined_reason", DataTypes.StringType),
        field("kpis", DataTypes.IntegerType),
        field("kpis_left_out", DataTypes.IntegerType),
        field("warnings", DataTypes.IntegerType),
        field("supplier_id", DataTypes.StringType),
        field("currency", DataTypes.StringType),
        field("fee", AMOUNT),
        field("gross", AMOUNT),
        field("net", AMOUNT),
        field("supplier_net", AMOUNT),
        field("limit_applied", DataTypes.StringType),
        field("remedies", DataTypes.IntegerType),
        field("input", DataTypes.StringType),
        field("record", DataTypes.StringType),
        field("message", DataTypes.StringType),
        field("document", DataTypes.StringType),
    });

    private OutputRows() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    static Row scorecard(Scorecard s) {
        return RowFactory.create(SCORECARD, s.agreementId(), s.period().toString(), s.score().orElse(null),
                s.previousScore().orElse(null), s.undefinedReason().orElse(null), s.lines().size(), s.leftOut().size(),
                s.warnings().size(), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Row statement(IncentiveStatement st, PeriodStatement p) {
        Money supplierNet = p.netByParty().get(st.supplierId());
        return RowFactory.create(STATEMENT, st.agreementId(), p.period().toString(), null, null, null, null, null, null,
                st.supplierId(), p.net().currency().getCurrencyCode(), amount(p.fee()), p.gross().amount(),
                p.net().amount(), supplierNet == null ? null : supplierNet.amount(), p.limitApplied().orElse(null),
                p.remedies().size(), null, null, null, null);
    }

    static Row document(String kind, String agreementId, String period, String json) {
        return RowFactory.create(kind, agreementId, period, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, json);
    }

    static Row reject(String input, String agreementId, String record, String message) {
        return RowFactory.create(REJECT, agreementId, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, input, record, message, null);
    }

    private static BigDecimal amount(Optional<Money> money) {
        return money.map(Money::amount).orElse(null);
    }
}
