package dev.partnering.incentive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;

/**
 * What a component sees when it evaluates one period: the agreement, the period's inputs and fee,
 * and the earlier periods of the same calculation with their inputs and outcomes (for earn-back,
 * rolling and yearly caps).
 * <p>
 * The incentive calculator makes the context; a component, the SDK's own or a user's, only reads
 * it. Implementations are immutable and thread-safe, and compare by value.
 *
 * @since 0.1.0
 */
public interface IncentiveContext {

    /**
     * An earlier period of the calculation: its inputs, fee and component outcomes, their sum (the
     * gross) and the floor and cap that turned the gross into the net the supplier received.
     * Implementations are immutable and thread-safe, and compare by value.
     * <p>
     * <b>Carried periods.</b> A period {@linkplain #carriedIn() carried in} (by an
     * {@link OpeningBalance}, or by the {@linkplain IncentiveStatement#closingBalance() closing
     * balance} a month end continues from, where <em>every</em> earlier period is carried) holds only
     * what its {@link CarriedPeriod} holds. Exactly this is offered:
     * <ul>
     *   <li>{@link #period()};</li>
     *   <li>{@link #inputs()}: the period alone, with no scorecard, no breach events, no costs and no fee;</li>
     *   <li>{@link #fee()}: the charge carried, empty if none was ({@link IncentiveContext#feeOf} then falls
     *       back to the fee schedule);</li>
     *   <li>{@link #outcomes()}: one outcome per component with a carried amount, of the scheme
     *       component's type (or {@code carried} for an id the scheme no longer has), holding the
     *       amount and, as its only lines, one {@link OutcomeLine.Kind#CREDIT} line per carried credit
     *       (per KPI, negative), no caps applied, and an explanation of one INPUT step. A component
     *       whose outcome was zero with no credit has no outcome ({@link #amountOf} gives zero);</li>
     *   <li>{@link #gross()} (Σ of the carried amounts), {@link #limits()} (the carried floor and cap,
     *       none if not carried), and {@link #net()}, {@link #netFor}, {@link #netEffectOf} and
     *       {@link #amountOf} computed from them;</li>
     *   <li>{@link #kpiStatus(String)}: the carried status, empty for a KPI not carried;
     *       {@link #score()}: the carried overall score, if any.</li>
     * </ul>
     * Not offered: the scorecard (KPI values, attainments, measurements, warnings), breach events,
     * costs, an outcome's other lines (earn-back, bonus, penalty units), its caps and its full
     * explanation. A closing balance keeps only the periods the scheme's own rules look back on: the
     * last twelve months (in periods of the scheme's granularity, which covers the contract year),
     * the earn-back periods of every at-risk pool and the window of every remedy trigger, whichever is
     * longest. A user's component that needs more (a longer window, values rather than statuses, its
     * own figures) must keep that itself, e.g. in its own amounts per period, or compute from all
     * periods at once instead of continuing.
     *
     * @since 0.1.0
     */
    interface Past {

        /** @return the period's inputs, never null */
        IncentivePeriod inputs();

        /** @return the period's fee, if known */
        Optional<Money> fee();

        /** @return the components' outcomes in the period, never null */
        List<ComponentOutcome> outcomes();

        /** @return Σ of the outcomes' amounts, never null */
        Money gross();

        /** @return the scheme's floor and cap resolved for the period, never null */
        NetLimits limits();

        /** @return the period, never null */
        default ReportingPeriod period() {
            return inputs().period();
        }

        /** @return the net adjustment the supplier received in the period: the gross within the limits, never null */
        default Money net() {
            return limits().apply(gross());
        }

        /**
         * What the supplier would have received in the period had the components' adjustments
         * added up to {@code gross} instead: for earn-back, the part of a credit the supplier
         * actually bore is {@code netFor(gross().plus(credit)).minus(net())}.
         *
         * @param gross  another gross, not null
         * @return that gross within the period's floor and cap, never null
         */
        default Money netFor(Money gross) {
            return limits().apply(gross);
        }

        /**
         * What one component's outcome changed the supplier's net by in the period: the net less
         * the net the period would have had without that outcome. For a credit or a penalty this is
         * the part the supplier actually bore, as a negative amount, which the scheme's floor can
         * make smaller than the outcome's amount; yearly and rolling caps count it.
         *
         * @param componentId  a component id, not null
         * @return the change of the net, zero if the component has no outcome in the period, never null
         */
        default Money netEffectOf(String componentId) {
            return net().minus(netFor(gross().minus(amountOf(componentId))));
        }

        /**
         * @param componentId  a component id, not null
         * @return the component's amount in the period, zero if it has no outcome there, never null
         */
        default Money amountOf(String componentId) {
            java.util.Objects.requireNonNull(componentId, "componentId");
            for (ComponentOutcome o : outcomes()) {
                if (o.componentId().equals(componentId)) {
                    return o.amount();
                }
            }
            return Money.zero(gross().currency());
        }

        /**
         * @return true if the period was carried in by an {@link OpeningBalance} (or the closing
         *         balance of an earlier statement) rather than computed in this calculation; its
         *         inputs then hold no scorecard, and {@link #kpiStatus} and {@link #score} give what was carried
         * @since 0.1.0
         */
        default boolean carriedIn() {
            return false;
        }

        /**
         * @param kpiId  a KPI id, not null
         * @return the KPI's status in the period: from the scorecard, or as carried in; empty if unknown
         * @since 0.1.0
         */
        default Optional<dev.partnering.scorecard.KpiStatus> kpiStatus(String kpiId) {
            java.util.Objects.requireNonNull(kpiId, "kpiId");
            return inputs().scorecard().flatMap(s -> s.line(kpiId)).map(dev.partnering.scorecard.ScorecardLine::status);
        }

        /**
         * @return the overall score of the period: from the scorecard, or as carried in; empty if unknown
         * @since 0.1.0
         */
        default Optional<java.math.BigDecimal> score() {
            return inputs().scorecard().flatMap(Scorecard::score);
        }
    }

    /** @return the agreement, never null */
    IncentiveTerms agreement();

    /** @return the period's inputs, never null */
    IncentivePeriod inputs();

    /** @return the period's fee, if known */
    Optional<Money> fee();

    /**
     * @return the earlier periods of the calculation, oldest first: the periods carried in first
     *         (see {@link Past} for what a carried period offers), then those computed in this
     *         calculation; never null
     */
    List<Past> earlier();

    /**
     * The fee of any period: the given fee for periods of this calculation (earlier or later ones
     * too), otherwise the agreement's fee schedule.
     *
     * @param period  a period, not null
     * @return the fee, if known
     */
    Optional<Money> feeOf(ReportingPeriod period);

    /** @return the period evaluated, never null */
    default ReportingPeriod period() {
        return inputs().period();
    }

    /**
     * @param component  the component that needs the fee, for the message, not null
     * @return the period's fee, never null
     * @throws ValidationException if the period has no fee
     */
    default Money requireFee(IncentiveComponent component) {
        return fee().orElseThrow(() -> new ValidationException("Incentive period " + period(), List.of(Violation.of(
                "fee", null, "component '" + component.id() + "' needs the fee of " + period()
                        + ", but the fee schedule has none and the period gives none"))));
    }

    /**
     * @param component  the component that needs the scorecard, for the message, not null
     * @return the period's scorecard, never null
     * @throws ValidationException if the period has no scorecard
     */
    default Scorecard requireScorecard(IncentiveComponent component) {
        return inputs().scorecard().orElseThrow(() -> new ValidationException("Incentive period " + period(),
                List.of(Violation.of("scorecard", null, "component '" + component.id() + "' needs the scorecard of "
                        + period() + ", but the period has none"))));
    }

    /**
     * @param period  an earlier period, not null
     * @return that period's record, if it is part of the calculation
     */
    default Optional<Past> earlier(ReportingPeriod period) {
        for (Past p : earlier()) {
            if (p.period().equals(period)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * @param componentId  a component id, not null
     * @return that component's outcomes in the earlier periods, oldest first, never null
     */
    default List<ComponentOutcome> earlierOutcomes(String componentId) {
        List<ComponentOutcome> result = new ArrayList<>();
        for (Past p : earlier()) {
            for (ComponentOutcome o : p.outcomes()) {
                if (o.componentId().equals(componentId)) {
                    result.add(o);
                }
            }
        }
        return result;
    }

    /** @return zero in the agreement's currency, never null */
    default Money zero() {
        return Money.zero(agreement().currency());
    }
}
