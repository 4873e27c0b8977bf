package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.ValueRange;
import dev.partnering.money.Money;
import dev.partnering.testkit.Improvement;
import dev.partnering.testkit.Improvement.Kind;
import dev.partnering.testkit.PeriodInputs;

/**
 * Turns period inputs into a better version of themselves: one change of one kind, chosen by a
 * selector and sized by a magnitude (1 to 1000), so that jqwik shrinks toward the first candidate
 * and the smallest change. When the chosen kind has nothing to improve, the next kind given is
 * tried; when none has, the improvement is no change.
 */
public final class Improvements {

    private Improvements() {
    }

    /**
     * @param agreement  the agreement, not null
     * @param inputs  the inputs, not null
     * @param kinds  the kinds to try, in order from {@code first}, not empty
     * @param first  the index of the kind to try first
     * @param selector  selects the KPI, cost or event among the candidates
     * @param magnitude  the size of the change, 1 to 1000
     * @return the improvement, never null
     */
    public static Improvement improve(Agreement agreement, PeriodInputs inputs, List<Kind> kinds, int first, int selector,
            int magnitude) {
        for (int i = 0; i < kinds.size(); i++) {
            Kind kind = kinds.get((first + i) % kinds.size());
            Optional<Improvement> found = improve(agreement, inputs, kind, selector, magnitude);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return new Improvement(kinds.get(first % kinds.size()), inputs, inputs, "nothing of the kinds " + kinds + " to improve");
    }

    private static Optional<Improvement> improve(Agreement a, PeriodInputs in, Kind kind, int selector, int magnitude) {
        switch (kind) {
            case KPI_VALUE:
                return kpi(a, in, kind, selector, k -> !k.isBinary() && !(k.aggregation() instanceof AggregationRule.Ratio),
                        (k, m) -> moved(k, m, step(k, magnitude)),
                        k -> "measurements moved " + Decimals.plain(step(k, magnitude)) + " in the better direction");
            case KPI_RATIO:
                return kpi(a, in, kind, selector, k -> k.aggregation() instanceof AggregationRule.Ratio,
                        (k, m) -> moreWithin(k, m, magnitude),
                        k -> "numerators moved up to " + magnitude + " per mille of their denominators in the better direction");
            case KPI_MET:
                return kpi(a, in, kind, selector, KpiDefinition::isBinary, (k, m) -> met(m), k -> "every measurement met");
            case LOWER_COST:
                return cost(in, selector, magnitude);
            default:
                return breach(in, selector, magnitude);
        }
    }

    /** Changes every usable measurement of one KPI; {@code change} gives the changed one, or null if it cannot move. */
    private static Optional<Improvement> kpi(Agreement a, PeriodInputs in, Kind kind, int selector, Predicate<KpiDefinition> fits,
            BiFunction<KpiDefinition, Measurement, Measurement> change, Function<KpiDefinition, String> words) {
        List<KpiDefinition> candidates = new ArrayList<>();
        for (String id : a.kpiIds()) {
            a.kpiInForce(id, in.period().start()).filter(fits)
                    .filter(k -> in.measurements().stream().anyMatch(m -> usable(k, m, in) && change.apply(k, m) != null))
                    .ifPresent(candidates::add);
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        KpiDefinition k = candidates.get(selector % candidates.size());
        List<Measurement> better = new ArrayList<>();
        for (Measurement m : in.measurements()) {
            Measurement changed = usable(k, m, in) ? change.apply(k, m) : null;
            better.add(changed == null ? m : changed);
        }
        return Optional.of(new Improvement(kind, in, in.withMeasurements(better), k.id() + " (" + k.direction() + "): "
                + words.apply(k)));
    }

    private static boolean usable(KpiDefinition k, Measurement m, PeriodInputs in) {
        return m.kpiId().equals(k.id()) && m.period().equals(in.period()) && !m.isExcluded();
    }

    private static BigDecimal step(KpiDefinition k, int magnitude) {
        BigDecimal way = k.target().orElseThrow().subtract(k.minimum().orElseThrow()).abs();
        return way.multiply(BigDecimal.valueOf(magnitude)).movePointLeft(3).stripTrailingZeros();
    }

    private static Measurement moved(KpiDefinition k, Measurement m, BigDecimal step) {
        BigDecimal v = m.value().orElseThrow();
        BigDecimal moved = k.direction() == Direction.HIGHER_IS_BETTER ? v.add(step) : v.subtract(step);
        if (k.validRange().isPresent()) {
            ValueRange r = k.validRange().get();
            moved = r.upper().map(moved::min).orElse(moved);
            moved = r.lower().map(moved::max).orElse(moved);
        }
        return moved.compareTo(v) == 0 ? null : copy(m).value(moved).build();
    }

    private static Measurement moreWithin(KpiDefinition k, Measurement m, int magnitude) {
        BigDecimal n = m.numerator().orElseThrow();
        BigDecimal d = m.denominator().orElseThrow();
        if (d.signum() == 0) {
            return null;
        }
        BigDecimal more = d.multiply(BigDecimal.valueOf(magnitude)).movePointLeft(3).setScale(0, RoundingMode.CEILING);
        Optional<ValueRange> r = k.validRange();
        BigDecimal moved;
        if (k.direction() == Direction.HIGHER_IS_BETTER) {
            moved = n.add(more);
            BigDecimal max = r.flatMap(ValueRange::upper).map(u -> u.multiply(d).setScale(0, RoundingMode.FLOOR)).orElse(moved);
            moved = moved.min(max.max(n));
        } else {
            moved = n.subtract(more);
            BigDecimal min = r.flatMap(ValueRange::lower).map(l -> l.multiply(d).setScale(0, RoundingMode.CEILING))
                    .orElse(BigDecimal.ZERO).max(BigDecimal.ZERO);
            moved = moved.max(min.min(n));
        }
        return moved.compareTo(n) == 0 ? null : copy(m).ratio(moved, d).build();
    }

    private static Measurement met(Measurement m) {
        return m.value().orElseThrow().signum() == 0 ? copy(m).value(BigDecimal.ONE).build() : null;
    }

    private static Measurement.Builder copy(Measurement m) {
        Measurement.Builder b = Measurement.builder().kpiId(m.kpiId()).period(m.period()).recordedAt(m.recordedAt());
        m.source().ifPresent(b::source);
        m.exclusionReason().ifPresent(b::exclusionReason);
        return b;
    }

    private static Optional<Improvement> cost(PeriodInputs in, int selector, int magnitude) {
        List<String> candidates = in.costs().entrySet().stream()
                .filter(e -> e.getValue().givenSavings().isPresent() || e.getValue().actual().get().isPositive())
                .map(Map.Entry::getKey).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String id = candidates.get(selector % candidates.size());
        CostOutcome c = in.costs().get(id);
        // 1 to 1,000,000 whole units, finer for small magnitudes
        BigDecimal saved = BigDecimal.valueOf((long) magnitude * magnitude);
        Function<Money, Money> plus = m -> m.plus(Money.of(saved, m.currency()));
        CostOutcome better = c.givenSavings().isPresent() ? CostOutcome.savings(plus.apply(c.givenSavings().get()))
                : CostOutcome.of(c.baseline().get(), c.actual().get().minus(Money.of(saved, c.actual().get().currency()))
                        .max(Money.zero(c.actual().get().currency())));
        return Optional.of(new Improvement(Kind.LOWER_COST, in, in.withCost(id, better), id + " saved up to "
                + Decimals.plain(saved) + " more"));
    }

    private static Optional<Improvement> breach(PeriodInputs in, int selector, int magnitude) {
        List<BreachEvent> counted = in.events().stream().filter(e -> !e.isExcluded()).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        BreachEvent e = counted.get(selector % counted.size());
        List<BreachEvent> better = new ArrayList<>(in.events());
        BigDecimal fewer = e.units().multiply(BigDecimal.valueOf(magnitude)).movePointLeft(3).setScale(0, RoundingMode.FLOOR);
        String words;
        if (magnitude % 2 == 1 || fewer.compareTo(e.units()) >= 0) {
            better.remove(e);
            words = "breach event '" + e.id() + "' dropped";
        } else {
            better.set(better.indexOf(e), BreachEvent.builder().id(e.id()).penaltyId(e.penaltyId()).date(e.date()).units(fewer)
                    .description(e.description()).exclusionReason(e.exclusionReason()).build());
            words = "breach event '" + e.id() + "' lowered from " + Decimals.plain(e.units()) + " to " + Decimals.plain(fewer)
                    + " units";
        }
        return Optional.of(new Improvement(Kind.FEWER_BREACHES, in, in.withEvents(better), words));
    }
}
