package dev.partnering.testkit;

import java.util.List;

import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitrary;

/**
 * Generates {@link PeriodInputs} for one agreement: a month of the agreement's fee schedule (or of
 * its term), 0 to 4 measurements of every KPI in force that fit it, a cost outcome for most
 * gain-share components of the agreement's scheme, and 0 to 3 breach events per penalty. Inputs
 * shrink toward the first month, fewer measurements and no events.
 * <p>
 * Every knob returns a new arbitrary; instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface PeriodInputsArbitrary extends Arbitrary<PeriodInputs> {

    /**
     * @param period  the period of every input, not null
     * @return an arbitrary of inputs for that period, never null
     */
    PeriodInputsArbitrary in(ReportingPeriod period);

    /** @return an arbitrary of inputs with at least one measurement of every KPI in force, never null */
    PeriodInputsArbitrary withEveryKpiMeasured();

    /**
     * Pairs of inputs where the second improves on the first, for the monotonicity invariant. The
     * first inputs measure every KPI, have a cost outcome for every gain share and at least one
     * breach event per penalty, so that there is mostly something to improve.
     *
     * @param kinds  the kinds of change to make, all when none is given; when the inputs offer
     *        nothing of a kind, the next kind is tried
     * @return an arbitrary of improvements of these inputs, never null
     */
    Arbitrary<Improvement> improvements(Improvement.Kind... kinds);

    /**
     * Sequences of inputs for consecutive months of the agreement's fee schedule (or of its term),
     * for the invariants over several periods: earn-back, contract-year caps and rolling caps. A
     * sequence starts at the {@linkplain #in(ReportingPeriod) period given}, if any; each month's
     * inputs are generated as by this arbitrary. Sequences shrink toward fewer, earlier months.
     *
     * @param minPeriods  the fewest periods, at least 1
     * @param maxPeriods  the most periods, at least {@code minPeriods}
     * @return an arbitrary of sequences, oldest first, never null
     * @throws IllegalArgumentException if the bounds are out of order or below 1
     */
    Arbitrary<List<PeriodInputs>> sequences(int minPeriods, int maxPeriods);

    /**
     * Sequences where one period's inputs are improved, for monotonicity over several periods: as
     * {@link #improvements}, every period's inputs measure every KPI, have a cost outcome for every
     * gain share and at least one breach event per penalty.
     *
     * @param minPeriods  the fewest periods, at least 1
     * @param maxPeriods  the most periods, at least {@code minPeriods}
     * @param kinds  the kinds of change to make, all when none is given
     * @return an arbitrary of improved sequences, never null
     * @throws IllegalArgumentException if the bounds are out of order or below 1
     */
    Arbitrary<SequenceImprovement> sequenceImprovements(int minPeriods, int maxPeriods, Improvement.Kind... kinds);
}
