package dev.partnering.testkit;

import dev.partnering.incentive.IncentiveScheme;
import net.jqwik.api.Arbitrary;

/**
 * Generates {@link IncentiveScheme}s valid against their agreement: any mix of the built-in
 * components ({@link dev.partnering.incentive.GainShare}, {@link dev.partnering.incentive.AtRiskPool},
 * {@link dev.partnering.incentive.ServiceCreditTiers}, {@link dev.partnering.incentive.BonusMalusCurve},
 * {@link dev.partnering.incentive.Penalty}, at most one of each, with their caps, tiers, bands,
 * curve shapes and triggers), sometimes a net floor and cap (a percentage of the fee or a fixed
 * amount) and remedy triggers, and the supplier named when the agreement has several. Schemes
 * shrink toward fewer components with round parameters.
 * <p>
 * From {@link PartneringArbitraries#incentiveSchemes(dev.partnering.agreement.Agreement)} the
 * schemes fit the given agreement; from {@link PartneringArbitraries#incentiveSchemes()} they come
 * with generated agreements. Every knob returns a new arbitrary; instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public interface IncentiveSchemeArbitrary extends Arbitrary<IncentiveScheme> {

    /**
     * @param kinds  the component classes every scheme has exactly one of, e.g.
     *        {@code GainShare.class, Penalty.class}; built-in kinds only, at least one, not null
     * @return an arbitrary of schemes with exactly these components, never null
     * @throws IllegalArgumentException if a class is not a built-in component, or the agreement has
     *         no KPI a pool or a service-credit table could apply to
     */
    IncentiveSchemeArbitrary withComponents(Class<?>... kinds);

    /** @return an arbitrary of schemes that always have a net floor and a net cap, never null */
    IncentiveSchemeArbitrary withFloorAndCap();

    /** @return an arbitrary of schemes without a net floor or cap, never null */
    IncentiveSchemeArbitrary withoutFloorAndCap();

    /**
     * Schemes neutral at target: performance exactly at target gives every component zero (curves
     * are zero at a score of 1, service-credit bands lie between minimum and target); with
     * generated agreements, every KPI's stretch also lies strictly beyond its target, so a KPI at
     * target attains exactly 1.
     *
     * @return an arbitrary of neutral schemes, never null
     */
    IncentiveSchemeArbitrary neutralAtTarget();

    /**
     * Schemes whose at-risk pool (when they have one) returns a credit after 1 to 3 periods at
     * target, for the invariants over sequences of periods.
     *
     * @return an arbitrary of schemes with earn-back, never null
     */
    IncentiveSchemeArbitrary withEarnBack();
}
