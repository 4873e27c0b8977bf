package dev.partnering.incentive.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveTerms;
import dev.partnering.internal.Secret;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The context the incentive calculator gives a component for one period. Not part of the API (the
 * package is not exported): components see it as an {@link IncentiveContext}. Two contexts are
 * equal when their agreements, inputs, fees, earlier periods and given fees are equal. This class
 * is immutable and thread-safe.
 *
 * @param agreement  the agreement
 * @param inputs  the period's inputs
 * @param fee  the period's fee, if known
 * @param earlier  the earlier periods of the calculation, oldest first
 * @param givenFees  the fees given with the periods of the calculation ({@link IncentivePeriod#fee()}),
 *        later ones included: fees are contractual, and a contract year's annual fee needs them
 * @since 0.1.0
 */
public record PeriodContext(IncentiveTerms agreement, IncentivePeriod inputs, Optional<Money> fee,
        List<IncentiveContext.Past> earlier, Map<ReportingPeriod, Money> givenFees) implements IncentiveContext {

    static {
        // a final record: its feeOf is the one the positional readers rely on
        Secret.POSITIONAL_CONTEXT.install(c -> c instanceof PeriodContext p && p.earlier() instanceof PastList l && l.isAscending());
    }

    /**
     * Copies the collections; checks for nulls.
     *
     * @param agreement the agreement
     * @param inputs the period's inputs
     * @param fee the period's fee, if known
     * @param earlier the earlier periods of the calculation, oldest first
     * @param givenFees the fees given with the periods of the calculation ({@link IncentivePeriod#fee()}), later ones included: fees are contractual, and a contract year's annual fee needs them
     */
    public PeriodContext {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(fee, "fee");
        // the calculator's earlier periods are an immutable prefix already (shared, not copied per period)
        earlier = earlier instanceof PastList ? earlier : List.copyOf(earlier);
        givenFees = Map.copyOf(givenFees);
    }

    /**
     * A context without fees given for later periods of the calculation.
     *
     * @param agreement  the agreement, not null
     * @param inputs  the period's inputs, not null
     * @param fee  the period's fee, if known, not null
     * @param earlier  the earlier periods of the calculation, oldest first, not null
     */
    public PeriodContext(IncentiveTerms agreement, IncentivePeriod inputs, Optional<Money> fee,
            List<IncentiveContext.Past> earlier) {
        this(agreement, inputs, fee, earlier, Map.of());
    }

    /** The same answer as {@link IncentiveContext#earlier(ReportingPeriod)}: by binary search when the calculator's periods are in order. */
    @Override
    public Optional<IncentiveContext.Past> earlier(ReportingPeriod period) {
        if (earlier instanceof PastList past) {
            return past.find(period);
        }
        return IncentiveContext.super.earlier(period);
    }

    @Override
    public Optional<Money> feeOf(ReportingPeriod period) {
        if (period.equals(period())) {
            return fee;
        }
        Optional<IncentiveContext.Past> past = earlier(period);
        if (past.isPresent() && past.get().fee().isPresent()) {
            return past.get().fee();
        }
        if (givenFees.containsKey(period)) {
            return Optional.of(givenFees.get(period));
        }
        return agreement.feeFor(period);
    }
}
