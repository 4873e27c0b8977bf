package dev.partnering.examples.data;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.partnering.ValidationException;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Reads the cost outcomes a gain share needs, baseline against actual per period and component:
 * <pre>
 * component_id,period,baseline,actual,currency,description
 * savings,2026-06,420000.00,340000.00,SEK,Licence consolidation
 * </pre>
 *
 * @since 0.1.0
 */
public final class CostCsv {

    /** The columns. */
    public static final List<String> COLUMNS = List.of("component_id", "period", "baseline", "actual", "currency",
            "description");

    private CostCsv() {
    }

    /**
     * @param source  the file, not null
     * @return per period, per gain-share component, the cost outcome; never null
     * @throws InputException if the file is missing or malformed, or a period has two rows for a component
     */
    public static Map<ReportingPeriod, Map<String, CostOutcome>> read(DataFile source) throws InputException {
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = new TreeMap<>();
        Map<String, Long> seen = new HashMap<>();
        CsvReader.of(source, COLUMNS).read(r -> {
            String component = r.required("component_id");
            String periodText = r.required("period");
            Optional<BigDecimal> baseline = r.decimal("baseline");
            Optional<BigDecimal> actual = r.decimal("actual");
            String currency = r.required("currency");
            ReportingPeriod period = null;
            if (periodText != null) {
                try {
                    period = ReportingPeriod.parse(periodText);
                } catch (ValidationException e) {
                    r.problem("period", "'" + periodText + "' is not a reporting period (use 2026-03, 2026-Q1 or 2026)");
                }
            }
            if (baseline.isEmpty() && r.text("baseline").isEmpty()) {
                r.problem("baseline", "is empty; the baseline cost is required");
            }
            if (actual.isEmpty() && r.text("actual").isEmpty()) {
                r.problem("actual", "is empty; the actual cost is required");
            }
            Long earlier = component == null || period == null ? null : seen.putIfAbsent(component + "@" + period, r.line());
            if (earlier != null) {
                r.problem("period", "component '" + component + "' already has a cost outcome for " + period
                        + " (line " + earlier + ")");
            }
            if (!r.isValid() || baseline.isEmpty() || actual.isEmpty()) {
                return;
            }
            try {
                costs.computeIfAbsent(period, p -> new LinkedHashMap<>()).put(component, CostOutcome.of(
                        Money.of(baseline.get(), Money.currency(currency)), Money.of(actual.get(), Money.currency(currency))));
            } catch (IllegalArgumentException e) {
                r.problem("currency", e.getMessage());
            }
        });
        Map<ReportingPeriod, Map<String, CostOutcome>> result = new TreeMap<>();
        costs.forEach((p, m) -> result.put(p, Collections.unmodifiableMap(m)));
        return Collections.unmodifiableMap(result);
    }
}
