package dev.partnering.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import net.jqwik.api.Arbitrary;

/**
 * Generates {@link KpiDefinition}s with valid thresholds: value KPIs of both directions with
 * minimum, target and often a stretch (thresholds from 0 to 100 by default, sometimes a valid
 * range around them), ratio KPIs with thresholds from 0 to 1 and the valid range [0, 1], and
 * BINARY KPIs; every aggregation rule that fits, weights from 0.5 to 5, sometimes a minimum
 * volume. A KPI shrinks toward a higher-is-better, mean-aggregated KPI with minimum 0, target 10,
 * no stretch, weight 1.
 * <p>
 * Every knob returns a new arbitrary; instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface KpiDefinitionArbitrary extends Arbitrary<KpiDefinition> {

    /**
     * @param id  the id of every KPI, a valid id, not null; {@code kpi} by default
     * @return an arbitrary of KPIs with that id, never null
     */
    KpiDefinitionArbitrary withId(String id);

    /**
     * @param directions  the directions to choose from, at least one, not null
     * @return an arbitrary of KPIs of those directions, never null
     */
    KpiDefinitionArbitrary withDirections(Direction... directions);

    /**
     * Restricts the aggregation rules: every rule but {@link AggregationRule#ratio()} allows value
     * KPIs, min, max and last also allow BINARY KPIs, and ratio allows ratio KPIs.
     *
     * @param rules  the rules to choose from, at least one that fits one of the directions, not null
     * @return an arbitrary of KPIs aggregating by those rules, never null
     */
    KpiDefinitionArbitrary withAggregations(AggregationRule... rules);

    /**
     * @param lowest  the lowest threshold of a value KPI, not null
     * @param highest  the highest threshold, above {@code lowest}, not null
     * @return an arbitrary of KPIs whose value thresholds lie in that range, never null
     */
    KpiDefinitionArbitrary withThresholdsBetween(BigDecimal lowest, BigDecimal highest);

    /** @return an arbitrary of KPIs without qualifying conditions, so never NOT_DETERMINED, never null */
    KpiDefinitionArbitrary withoutQualifyingConditions();

    /**
     * @param date  the first day every KPI is in force, not null; 2026-01-01 by default
     * @return an arbitrary of KPIs in force from that day, never null
     */
    KpiDefinitionArbitrary effectiveFrom(LocalDate date);
}
