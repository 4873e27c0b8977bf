package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.kpi.ValueRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The parameters of one generated KPI, kept as small numbers so that jqwik shrinks them well; the
 * definition is built from them with an id and a date. Thresholds are positions 0 to 1000 on the
 * configured range, so two thresholds are always distinct and the values stay readable.
 *
 * @param kind  value, ratio or binary
 * @param direction  0 for the first allowed direction, 1 for the second
 * @param thresholds  the threshold positions
 * @param weight  the weight in tenths, 5 to 50
 * @param rule  selects the aggregation rule among those that fit the kind
 * @param ranged  true if a value KPI declares its threshold range as its valid range
 * @param minimumVolume  the minimum volume of a qualifying condition, if any
 */
record KpiSpec(Kind kind, int direction, Thresholds thresholds, int weight, int rule, boolean ranged,
        Optional<Integer> minimumVolume) {

    /** What is measured. */
    enum Kind {
        /** A value with thresholds. */
        VALUE,
        /** Numerator and denominator, thresholds from 0 to 1. */
        RATIO,
        /** Met (1) or not (0). */
        BINARY
    }

    /**
     * @param first  the position of one threshold, 0 to 1000
     * @param gap  the distance to the other threshold, 1 to 1000
     * @param stretch  how far into the room beyond the target the stretch lies, per mille, if there is one
     * @param maxAttainment  the attainment at the stretch in hundredths, 100 to 200, if not the default 1.2
     */
    record Thresholds(int first, int gap, Optional<Integer> stretch, Optional<Integer> maxAttainment) {
    }

    private static final int POSITIONS = 1000;

    static Arbitrary<KpiSpec> arbitrary(KpiConfig config) {
        config.requireSome();
        List<Tuple.Tuple2<Integer, Kind>> kinds = new ArrayList<>();
        if (config.allowsValue()) {
            kinds.add(Tuple.of(6, Kind.VALUE));
        }
        if (config.allowsRatio()) {
            kinds.add(Tuple.of(2, Kind.RATIO));
        }
        if (config.allowsBinary()) {
            kinds.add(Tuple.of(1, Kind.BINARY));
        }
        Arbitrary<Thresholds> thresholds = Combinators.combine(
                Arbitraries.integers().between(0, POSITIONS),
                Arbitraries.integers().between(1, POSITIONS).shrinkTowards(100),
                Arbitraries.integers().between(0, POSITIONS).optional(0.6),
                Arbitraries.integers().between(100, 200).shrinkTowards(120).optional(0.3))
                .as(Thresholds::new);
        Arbitrary<Optional<Integer>> volume = config.qualifying()
                ? Arbitraries.integers().between(1, 50).optional(0.1) : Arbitraries.just(Optional.empty());
        return Combinators.combine(Arbitraries.frequency(kinds), Arbitraries.integers().between(0, 1),
                thresholds, Arbitraries.integers().between(5, 50).shrinkTowards(10), Arbitraries.integers().between(0, 99),
                Arbitraries.of(false, true), volume)
                .as(KpiSpec::new);
    }

    /** @return this spec forced to a value KPI, if it is binary and the configuration allows value KPIs */
    KpiSpec directed(KpiConfig config) {
        if (kind != Kind.BINARY) {
            return this;
        }
        if (config.allowsValue()) {
            return new KpiSpec(Kind.VALUE, direction, thresholds, weight, rule, ranged, minimumVolume);
        }
        return config.allowsRatio() ? new KpiSpec(Kind.RATIO, direction, thresholds, weight, rule, ranged, minimumVolume) : this;
    }

    KpiDefinition build(KpiConfig config, String id, LocalDate effectiveFrom) {
        KpiDefinition.Builder b = KpiDefinition.builder().id(id).name("KPI " + id)
                .weight(BigDecimal.valueOf(weight, 1)).effectiveFrom(effectiveFrom)
                .dataSource("data source of " + id).measurementMethod("measurement method of " + id);
        if (kind == Kind.BINARY) {
            List<AggregationRule> rules = config.binaryRules();
            b.direction(Direction.BINARY).unit("met").aggregation(rules.get(rule % rules.size()));
        } else {
            List<Direction> directions = config.directedDirections();
            Direction d = directions.get(direction % directions.size());
            BigDecimal lo = kind == Kind.RATIO ? BigDecimal.ZERO : config.lowest();
            BigDecimal hi = kind == Kind.RATIO ? BigDecimal.ONE : config.highest();
            thresholds(b, d, lo, hi, config.strictStretch());
            if (kind == Kind.RATIO) {
                b.unit("share").aggregation(AggregationRule.ratio()).validRange(ValueRange.of(lo, hi));
            } else {
                List<AggregationRule> rules = config.valueRules();
                b.unit("points").aggregation(rules.get(rule % rules.size()));
                if (ranged) {
                    b.validRange(ValueRange.of(lo, hi));
                }
            }
        }
        minimumVolume.ifPresent(v -> b.addQualifyingConditions(QualifyingCondition.minimumVolume(
                BigDecimal.valueOf(kind == Kind.RATIO ? v : 1 + v % 3))));
        return b.build();
    }

    private void thresholds(KpiDefinition.Builder b, Direction d, BigDecimal lo, BigDecimal hi, boolean strict) {
        int p = thresholds.first();
        int q = p + thresholds.gap() <= POSITIONS ? p + thresholds.gap()
                : p - thresholds.gap() >= 0 ? p - thresholds.gap() : p >= POSITIONS / 2 ? 0 : POSITIONS;
        int low = Math.min(p, q);
        int high = Math.max(p, q);
        BigDecimal step = hi.subtract(lo).movePointLeft(3);
        boolean higher = d == Direction.HIGHER_IS_BETTER;
        b.direction(d).minimum(at(lo, step, higher ? low : high)).target(at(lo, step, higher ? high : low));
        if (thresholds.stretch().isEmpty()) {
            return;
        }
        int room = higher ? POSITIONS - high : low;
        int beyond = room * thresholds.stretch().get() / POSITIONS;
        if (strict) {
            if (room == 0) {
                return;
            }
            beyond = Math.max(1, beyond);
        }
        b.stretch(at(lo, step, higher ? high + beyond : low - beyond));
        thresholds.maxAttainment().ifPresent(m -> b.maxAttainment(BigDecimal.valueOf(m, 2)));
    }

    private static BigDecimal at(BigDecimal lo, BigDecimal step, int position) {
        BigDecimal v = lo.add(step.multiply(BigDecimal.valueOf(position))).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
