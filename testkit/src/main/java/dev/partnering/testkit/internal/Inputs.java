package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.period.ReportingPeriod;

/** Helpers of {@link dev.partnering.testkit.PeriodInputs}: inputs at target, and inputs in words. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * @param agreement  the agreement, not null
     * @param period  the period, not null
     * @return measurements that put every KPI in force exactly at its target, never null
     */
    public static List<Measurement> atTarget(Agreement agreement, ReportingPeriod period) {
        Instant at = period.end().atTime(12, 0).toInstant(ZoneOffset.UTC);
        List<Measurement> result = new ArrayList<>();
        for (String id : agreement.kpiIds()) {
            Optional<KpiDefinition> kpi = agreement.kpiInForce(id, period.start());
            kpi.ifPresent(k -> result.addAll(atTarget(k, period, at)));
        }
        return List.copyOf(result);
    }

    private static List<Measurement> atTarget(KpiDefinition k, ReportingPeriod period, Instant at) {
        BigDecimal volume = k.qualifyingConditions().stream().filter(c -> c instanceof QualifyingCondition.MinimumVolume)
                .map(c -> ((QualifyingCondition.MinimumVolume) c).minimum()).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        int count = Math.max(1, volume.setScale(0, RoundingMode.CEILING).intValueExact());
        Measurement.Builder one = Measurement.builder().forKpi(k).period(period).recordedAt(at);
        if (k.aggregation() instanceof AggregationRule.Ratio) {
            BigDecimal target = k.target().orElseThrow();
            BigDecimal unit = BigDecimal.ONE.movePointRight(Math.max(0, target.stripTrailingZeros().scale()));
            BigDecimal denominator = unit.multiply(volume.divide(unit, 0, RoundingMode.CEILING).max(BigDecimal.ONE));
            return List.of(one.ratio(target.multiply(denominator), denominator).build());
        }
        BigDecimal target = k.isBinary() ? BigDecimal.ONE : k.target().orElseThrow();
        List<Measurement> ms = new ArrayList<>();
        boolean sum = k.aggregation() instanceof AggregationRule.Sum;
        boolean zeroFits = k.validRange().map(r -> r.contains(BigDecimal.ZERO)).orElse(true);
        int n = sum && !zeroFits ? 1 : count;
        for (int i = 0; i < n; i++) {
            BigDecimal v = sum && i > 0 ? BigDecimal.ZERO : target;
            ms.add(Measurement.builder().forKpi(k).period(period).recordedAt(at).value(v).build());
        }
        return ms;
    }

    /**
     * @param period  the period the measurements are for, not shown for them
     * @param measurements  the measurements, not null
     * @return e.g. {@code kpi-1: 99.5, 98 (excluded); kpi-2: 45/50}, or {@code no measurements}
     */
    public static String describeMeasurements(ReportingPeriod period, List<Measurement> measurements) {
        if (measurements.isEmpty()) {
            return "no measurements";
        }
        Map<String, List<String>> byKpi = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            String key = m.kpiId() + (m.period().equals(period) ? "" : " in " + m.period());
            String value = m.isRatio() ? Decimals.plain(m.numerator().get()) + "/" + Decimals.plain(m.denominator().get())
                    : Decimals.plain(m.value().get());
            byKpi.computeIfAbsent(key, x -> new ArrayList<>()).add(value + (m.isExcluded() ? " (excluded)" : ""));
        }
        return byKpi.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /**
     * @param events  the events, not null
     * @return e.g. {@code events penalty-1 on 2026-03-04 × 3, penalty-2 on 2026-03-09 × 1 (excluded)}, or {@code no events}
     */
    public static String describeEvents(List<BreachEvent> events) {
        if (events.isEmpty()) {
            return "no events";
        }
        return "events " + events.stream().map(e -> e.id() + " on " + e.date() + " × " + Decimals.plain(e.units())
                + (e.isExcluded() ? " (excluded)" : "")).collect(Collectors.joining(", "));
    }

    /**
     * @param costs  the cost outcomes by component id, not null
     * @return e.g. {@code cost gain-share: baseline 1000.00 EUR, actual 900.00 EUR}, or {@code no costs}
     */
    public static String describeCosts(Map<String, CostOutcome> costs) {
        if (costs.isEmpty()) {
            return "no costs";
        }
        return costs.entrySet().stream().map(e -> "cost " + e.getKey() + ": " + describe(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String describe(CostOutcome c) {
        if (c.givenSavings().isPresent()) {
            return "savings " + c.givenSavings().get();
        }
        return "baseline " + c.baseline().get() + ", actual " + c.actual().get();
    }

    /** @return the list sorted by the aggregator's total order, for comparing measurements as a multiset */
    static List<Measurement> sorted(List<Measurement> measurements) {
        List<Measurement> copy = new ArrayList<>(measurements);
        copy.sort(dev.partnering.kpi.Aggregator.ORDER);
        return Collections.unmodifiableList(copy);
    }
}
