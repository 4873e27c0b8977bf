package dev.partnering.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.kpi.Precision;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;

/**
 * Reads the progress of desired outcomes from scorecards: for each outcome and each scorecard,
 * Σ wᵢ·aᵢ / Σ wᵢ over the outcome's KPIs that counted on the scorecard, computed exactly and
 * rounded once, HALF_EVEN, to the tracker's decimals (6 by default, like the agreement's
 * {@linkplain Precision#DEFAULT_DECIMALS default precision}).
 * <p>
 * The calculator is stateless and never mutates its inputs. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OutcomeTracker {

    private final int decimals;

    private OutcomeTracker(int decimals) {
        this.decimals = decimals;
    }

    /** @return a tracker rounding progress to 6 decimals, never null */
    public static OutcomeTracker standard() {
        return new OutcomeTracker(Precision.DEFAULT_DECIMALS);
    }

    /**
     * @param decimals  the decimals progress is rounded to, 0 to 18
     * @return a copy rounding to the given decimals, never null
     * @throws dev.partnering.ValidationException if decimals is out of range
     */
    public OutcomeTracker withDecimals(int decimals) {
        dev.partnering.internal.Violations.of("OutcomeTracker").require(decimals >= 0 && decimals <= 18,
                "decimals", decimals, "decimals " + decimals + " must be between 0 and 18").throwIfAny();
        return new OutcomeTracker(decimals);
    }

    /** @return the decimals progress is rounded to */
    public int decimals() {
        return decimals;
    }

    /**
     * Computes the progress of one outcome from one scorecard.
     *
     * @param outcome  the outcome, not null
     * @param scorecard  the scorecard of a period, not null
     * @return the progress, never null
     */
    public OutcomeProgress progress(DesiredOutcome outcome, Scorecard scorecard) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(scorecard, "scorecard");
        Explanation.Builder b = Explanation.builder("Progress of outcome '" + outcome.id() + "' " + scorecard.period());
        b.add(StepKind.INPUT, "outcome: " + outcome.statement());
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        StringBuilder terms = new StringBuilder();
        StringBuilder sum = new StringBuilder();
        List<String> unmeasured = new ArrayList<>();
        for (KpiContribution c : outcome.contributions()) {
            Optional<BigDecimal> a = scorecard.line(c.kpiId()).filter(ScorecardLine::counted)
                    .flatMap(ScorecardLine::attainment);
            if (a.isEmpty()) {
                unmeasured.add(c.kpiId());
                b.add(StepKind.WARNING, "KPI '" + c.kpiId() + "' did not count on the scorecard: left out, weights renormalised");
                continue;
            }
            b.add(StepKind.INPUT, "KPI '" + c.kpiId() + "': attainment " + Decimals.show(a.get()) + ", weight "
                    + Decimals.show(c.weight()));
            weighted = weighted.add(c.weight().multiply(a.get()));
            weights = weights.add(c.weight());
            String sep = terms.length() == 0 ? "" : " + ";
            terms.append(sep).append(Decimals.show(c.weight())).append(" x ").append(Decimals.show(a.get()));
            sum.append(sep).append(Decimals.show(c.weight()));
        }
        Optional<BigDecimal> progress = Optional.empty();
        if (weights.signum() == 0) {
            b.add(StepKind.RESULT, "no KPI of the outcome counted: progress not available");
        } else {
            // exact products and sums; one division, rounded once
            progress = Optional.of(Decimals.quotient(weighted, weights, decimals));
            b.add(StepKind.COMPUTATION, "progress = (" + terms + ") / (" + sum + ") = " + Decimals.show(progress.get()));
            b.add(StepKind.RESULT, "progress " + Decimals.show(progress.get()));
        }
        return new OutcomeProgress(outcome.id(), scorecard.period(), progress, unmeasured, b.build());
    }

    /**
     * Computes the progress of each outcome in each scorecard's period.
     *
     * @param outcomes  the outcomes, not null
     * @param scorecards  the scorecards, in any order, not null
     * @return one progress per outcome and scorecard, by outcome in declaration order, then by
     *         period start; never null
     */
    public List<OutcomeProgress> progress(List<DesiredOutcome> outcomes, Collection<Scorecard> scorecards) {
        Objects.requireNonNull(outcomes, "outcomes");
        List<Scorecard> ordered = new ArrayList<>(Objects.requireNonNull(scorecards, "scorecards"));
        ordered.sort(Comparator.comparing((Scorecard s) -> s.period().start()).thenComparing(s -> s.period().end()));
        List<OutcomeProgress> all = new ArrayList<>();
        for (DesiredOutcome o : outcomes) {
            for (Scorecard s : ordered) {
                all.add(progress(o, s));
            }
        }
        return all;
    }
}
