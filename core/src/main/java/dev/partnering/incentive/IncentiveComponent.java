package dev.partnering.incentive;

/**
 * One part of an incentive scheme: it turns the inputs of a period (and the history before it)
 * into an adjustment of the supplier's payout. The SDK's own components are {@link GainShare},
 * {@link AtRiskPool}, {@link ServiceCreditTiers}, {@link BonusMalusCurve} and {@link Penalty}; an
 * ERP can add its own by implementing this interface — the calculator treats them alike, and the
 * testkit's invariant checks exist to test exactly such components.
 * <p>
 * Contract for implementations: immutable and thread-safe; {@link #evaluate} is a pure function of
 * its context; the outcome's amount is rounded once to the currency's minor unit (HALF_EVEN) and
 * is in the agreement's currency; positive amounts are paid to the supplier, negative amounts are
 * credits or penalties for the customer; the explanation says how the amount was computed.
 *
 * @since 0.1.0
 */
public interface IncentiveComponent {

    /** @return the component's id, unique within its scheme */
    String id();

    /** @return a stable type name, lower-kebab, e.g. {@code gain-share}; used in JSON and reports */
    String type();

    /**
     * Evaluates the component for the context's period.
     *
     * @param context  the period's inputs and history, not null
     * @return the outcome, never null
     */
    ComponentOutcome evaluate(IncentiveContext context);

    /**
     * The most this component can add to (upside) and take from (downside) the supplier's payout
     * in one period with the given fee, for the scheme's balance analysis.
     *
     * @param periodFee  the period fee, not null
     * @return the exposure, never null; {@link Exposure#unknown()} if it cannot be bounded
     */
    default Exposure exposure(dev.partnering.money.Money periodFee) {
        return Exposure.unknown();
    }

    /**
     * The most this component can add to and take from the supplier's payout over one year of
     * periods with the given fee, for the scheme's balance analysis. By default {@code periodsPerYear}
     * times the {@link #exposure per-period exposure}; components with yearly or rolling caps bound
     * it further.
     *
     * @param periodFee  the period fee, not null
     * @param periodsPerYear  periods per year, at least 1
     * @return the yearly exposure, never null; a side is absent if it cannot be bounded
     * @since 0.1.0
     */
    default Exposure exposurePerYear(dev.partnering.money.Money periodFee, int periodsPerYear) {
        java.math.BigDecimal n = java.math.BigDecimal.valueOf(periodsPerYear);
        Exposure e = exposure(periodFee);
        return new Exposure(e.upside().map(u -> u.multipliedBy(n)), e.downside().map(d -> d.multipliedBy(n)));
    }

    /**
     * Checks this component against the agreement whose scheme it is part of: currencies, KPI
     * ids it refers to. The agreement reports these violations with its own when it is built.
     *
     * @param agreement  the agreement, not null
     * @return the violations, empty if none, never null
     */
    default java.util.List<dev.partnering.Violation> violationsAgainst(IncentiveTerms agreement) {
        return java.util.List.of();
    }

    /**
     * The KPIs this component reads, so that an agreement can check that a supplier's scheme
     * rewards only the KPIs that supplier answers for.
     *
     * @return the ids of the KPIs it refers to; empty by default (a component on the score or on costs), never null
     * @since 0.1.0
     */
    default java.util.Set<String> kpiIds() {
        return java.util.Set.of();
    }
}
