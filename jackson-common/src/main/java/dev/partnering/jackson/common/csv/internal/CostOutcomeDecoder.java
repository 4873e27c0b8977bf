package dev.partnering.jackson.common.csv.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.jackson.common.csv.CostOutcomeRow;
import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * A cost outcome row: baseline and actual in one currency; a component has at most one row per
 * period (the decoder remembers the line of each component and period it has seen). Not thread-safe.
 */
public final class CostOutcomeDecoder implements RowDecoder<CostOutcomeRow> {

    private final CsvColumns columns;
    private final Map<String, ReportingPeriod> periods = new HashMap<>();
    private final Map<String, Long> seen = new HashMap<>();

    /**
     * @param columns  the cost outcome columns, not null
     */
    public CostOutcomeDecoder(CsvColumns columns) {
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    @Override
    public CsvColumns columns() {
        return columns;
    }

    @Override
    public CostOutcomeRow decode(Row r) {
        String component = r.required("component_id");
        ReportingPeriod period = Periods.parse(r, "period", periods);
        Optional<BigDecimal> baseline = amount(r, "baseline", "the baseline cost is required");
        Optional<BigDecimal> actual = amount(r, "actual", "the actual cost is required");
        Currency currency = currency(r);
        Long earlier = component == null || period == null ? null : seen.putIfAbsent(component + "@" + period, r.line());
        if (earlier != null) {
            r.problem("period", "component '" + Row.echo(component) + "' already has a cost outcome for " + period
                    + " (line " + earlier + ")");
        }
        if (!r.isValid()) {
            return null;
        }
        Money base = money(r, "baseline", baseline.orElseThrow(), currency);
        Money act = money(r, "actual", actual.orElseThrow(), currency);
        return base == null || act == null ? null
                : new CostOutcomeRow(component, period, CostOutcome.of(base, act), r.text("description"));
    }

    private static Money money(Row r, String column, BigDecimal amount, Currency currency) {
        try {
            return Money.of(amount, currency);
        } catch (ValidationException e) {
            e.violations().forEach(v -> r.problem(column, v.rule()));
            return null;
        }
    }

    private static Optional<BigDecimal> amount(Row r, String column, String rule) {
        if (r.text(column).isEmpty()) {
            r.problem(column, "is empty; " + rule);
            return Optional.empty();
        }
        return r.decimal(column);
    }

    private static Currency currency(Row r) {
        String code = r.required("currency");
        if (code == null) {
            return null;
        }
        try {
            return Money.currency(code);
        } catch (ValidationException e) {
            e.violations().forEach(v -> r.problem("currency", v.rule()));
            return null;
        }
    }
}
