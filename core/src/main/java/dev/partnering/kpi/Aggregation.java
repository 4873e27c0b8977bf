package dev.partnering.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Step;
import dev.partnering.period.ReportingPeriod;

/**
 * The value of one KPI for one reporting period, aggregated from its raw measurements, with what
 * went in: the measurements used and those excluded (with their reasons), the ratio's sums, the
 * volume, and notes such as months with a zero denominator.
 * <p>
 * The value is absent when no measurement could be used (none recorded, all excluded, or a ratio
 * whose denominators sum to zero) — never a division error.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kpiId  the KPI's id
 * @param period  the period aggregated over
 * @param rule  the aggregation rule applied
 * @param value  the period's value, absent if none could be computed
 * @param used  the measurements used, in a deterministic order
 * @param excluded  the measurements left out, with their exclusion reasons
 * @param numeratorSum  for a ratio, Σ numerators
 * @param denominatorSum  for a ratio, Σ denominators
 * @param notes  remarks on the data, e.g. {@code 2026-03: 0/0, no volume}
 * @param explanation  how the value was computed
 * @since 0.1.0
 */
public record Aggregation(String kpiId, ReportingPeriod period, AggregationRule rule, Optional<BigDecimal> value,
        List<Measurement> used, List<Measurement> excluded, Optional<BigDecimal> numeratorSum,
        Optional<BigDecimal> denominatorSum, List<String> notes, Step explanation) {

    /**
     * Copies the lists; checks for nulls.
     *
     * @param kpiId  the KPI's id
     * @param period  the period aggregated over
     * @param rule  the aggregation rule applied
     * @param value  the period's value, absent if none could be computed
     * @param used  the measurements used, in a deterministic order
     * @param excluded  the measurements left out, with their exclusion reasons
     * @param numeratorSum  for a ratio, Σ numerators
     * @param denominatorSum  for a ratio, Σ denominators
     * @param notes  remarks on the data, e.g. {@code 2026-03: 0/0, no volume}
     * @param explanation  how the value was computed
     */
    public Aggregation {
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
        used = List.copyOf(used);
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(numeratorSum, "numeratorSum");
        Objects.requireNonNull(denominatorSum, "denominatorSum");
        notes = List.copyOf(notes);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @return the period's volume: for a ratio Σ denominators, otherwise the number of measurements used
     */
    public BigDecimal volume() {
        return denominatorSum.orElse(BigDecimal.valueOf(used.size()));
    }

    /** @return true if every measurement of the period was excluded (and at least one was recorded) */
    public boolean isAllExcluded() {
        return used.isEmpty() && !excluded.isEmpty();
    }
}
