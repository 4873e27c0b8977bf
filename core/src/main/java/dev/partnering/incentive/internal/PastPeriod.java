package dev.partnering.incentive.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.NetLimits;
import dev.partnering.internal.FrozenList;
import dev.partnering.internal.Secret;
import dev.partnering.money.Money;
import dev.partnering.scorecard.KpiStatus;

/**
 * The incentive calculator's record of an earlier period, as components see it through
 * {@link IncentiveContext.Past}. Not part of the API (the package is not exported). This class is
 * immutable and thread-safe.
 *
 * @param inputs  the period's inputs
 * @param fee  the period's fee, if known
 * @param outcomes  the components' outcomes in that period
 * @param gross  Σ of the outcomes' amounts
 * @param limits  the scheme's floor and cap resolved for that period
 * @since 0.1.0
 */
public record PastPeriod(IncentivePeriod inputs, Optional<Money> fee, List<ComponentOutcome> outcomes, Money gross,
        NetLimits limits) implements IncentiveContext.Past {

    static {
        // neither record overrides net, netFor, netEffectOf or amountOf
        Secret.DEFAULT_PAST.install(p -> p instanceof PastPeriod || p instanceof CarriedPast);
    }

    /**
     * Copies the list; checks for nulls.
     *
     * @param inputs the period's inputs
     * @param fee the period's fee, if known
     * @param outcomes the components' outcomes in that period
     * @param gross Σ of the outcomes' amounts
     * @param limits the scheme's floor and cap resolved for that period
     */
    public PastPeriod {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(fee, "fee");
        outcomes = FrozenList.immutable(outcomes); // the statement's, kept as they are
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(limits, "limits");
    }

    /** The same answer as {@link IncentiveContext.Past#kpiStatus}, read without making the scorecard's line. */
    @Override
    public Optional<KpiStatus> kpiStatus(String kpiId) {
        Objects.requireNonNull(kpiId, "kpiId");
        Optional<dev.partnering.scorecard.Scorecard> scorecard = inputs.scorecard(); // the accessor makes an Optional per call
        if (scorecard.isEmpty()) {
            return Optional.empty();
        }
        int line = Secret.LINE_FIGURES.get().of(scorecard.get(), kpiId);
        return line < 0 ? Optional.empty() : PRESENT[Secret.LineFigures.statusOrdinal(line)];
    }

    private static final KpiStatus[] STATUSES = KpiStatus.values();

    /** {@code Optional.of} each status, by ordinal: equal values, made once. */
    @SuppressWarnings("unchecked")
    private static final Optional<KpiStatus>[] PRESENT = java.util.Arrays.stream(STATUSES).map(Optional::of).toArray(Optional[]::new);

    /**
     * @param figures  a line's figures, as {@link Secret.LineFigures} packs them
     * @return the line's status
     */
    static KpiStatus statusOf(int figures) {
        return STATUSES[Secret.LineFigures.statusOrdinal(figures)];
    }
}
