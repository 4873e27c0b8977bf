package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;

/**
 * What KPIs may be generated: directions, aggregation rules, the range of value thresholds,
 * whether qualifying conditions appear, and whether a stretch must lie strictly beyond the target
 * (so that a KPI exactly at target attains exactly 1).
 *
 * @param directions  the directions allowed, not empty
 * @param rules  the aggregation rules allowed, not empty
 * @param lowest  the lowest value threshold
 * @param highest  the highest value threshold, above {@code lowest}
 * @param qualifying  true if qualifying conditions may appear
 * @param strictStretch  true if a stretch never equals the target
 */
record KpiConfig(Set<Direction> directions, List<AggregationRule> rules, BigDecimal lowest, BigDecimal highest,
        boolean qualifying, boolean strictStretch) {

    /** The value rules of the default configuration, in the order they shrink toward. */
    static final List<AggregationRule> ALL_RULES = List.of(AggregationRule.mean(), AggregationRule.sum(), AggregationRule.min(),
            AggregationRule.max(), AggregationRule.last(), AggregationRule.percentile(BigDecimal.valueOf(50)),
            AggregationRule.percentile(BigDecimal.valueOf(90)), AggregationRule.percentile(BigDecimal.valueOf(95)),
            AggregationRule.ratio());

    static KpiConfig standard() {
        return new KpiConfig(EnumSet.allOf(Direction.class), ALL_RULES, BigDecimal.ZERO, BigDecimal.valueOf(100), true, false);
    }

    KpiConfig {
        directions = Set.copyOf(directions);
        rules = List.copyOf(rules);
    }

    List<AggregationRule> valueRules() {
        return rules.stream().filter(r -> !(r instanceof AggregationRule.Ratio)).toList();
    }

    List<AggregationRule> binaryRules() {
        return rules.stream().filter(r -> r instanceof AggregationRule.Min || r instanceof AggregationRule.Max
                || r instanceof AggregationRule.Last).toList();
    }

    boolean allowsRatio() {
        return rules.contains(AggregationRule.ratio()) && allowsDirected();
    }

    boolean allowsValue() {
        return !valueRules().isEmpty() && allowsDirected();
    }

    boolean allowsBinary() {
        return directions.contains(Direction.BINARY) && !binaryRules().isEmpty();
    }

    boolean allowsDirected() {
        return directions.contains(Direction.HIGHER_IS_BETTER) || directions.contains(Direction.LOWER_IS_BETTER);
    }

    List<Direction> directedDirections() {
        return List.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER).stream().filter(directions::contains).toList();
    }

    KpiConfig withDirections(Set<Direction> d) {
        return new KpiConfig(d, rules, lowest, highest, qualifying, strictStretch);
    }

    KpiConfig withRules(List<AggregationRule> r) {
        return new KpiConfig(directions, r, lowest, highest, qualifying, strictStretch);
    }

    KpiConfig withThresholds(BigDecimal lo, BigDecimal hi) {
        return new KpiConfig(directions, rules, lo, hi, qualifying, strictStretch);
    }

    KpiConfig withoutQualifying() {
        return new KpiConfig(directions, rules, lowest, highest, false, strictStretch);
    }

    KpiConfig withStrictStretch() {
        return new KpiConfig(directions, rules, lowest, highest, qualifying, true);
    }

    /** @throws IllegalArgumentException if no KPI at all can be generated */
    void requireSome() {
        Checks.require(allowsValue() || allowsRatio() || allowsBinary(), "no KPI fits the directions " + directions
                + " and the aggregation rules " + rules.stream().map(AggregationRule::label).toList());
    }
}
