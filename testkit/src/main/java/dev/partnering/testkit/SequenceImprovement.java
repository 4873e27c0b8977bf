package dev.partnering.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Two sequences of consecutive periods' inputs that differ in one period: {@link #better()} is
 * {@link #worse()} with the inputs of period {@link #index()} replaced by the improvement's better
 * inputs. The monotonicity invariant over a sequence says the supplier's total net over the
 * periods must not fall from one to the other, whatever earn-back, yearly and rolling caps do with
 * the later periods; see {@link IncentiveInvariants#assertMonotone(SequenceImprovement)}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param worse  the inputs before, one per period, oldest first, not empty, not null
 * @param index  the period improved, 0 to {@code worse.size() - 1}
 * @param improvement  the improvement of that period's inputs, its worse inputs equal to {@code worse.get(index)}, not null
 * @since 0.1.0
 */
public record SequenceImprovement(List<PeriodInputs> worse, int index, Improvement improvement) {

    /**
     * Copies the list; checks for nulls, the index and that the improvement starts from the period's inputs.
     *
     * @param worse  the inputs before, one per period, oldest first, not empty, not null
     * @param index  the period improved, 0 to {@code worse.size() - 1}
     * @param improvement  the improvement of that period's inputs, its worse inputs equal to {@code worse.get(index)}, not null
     * @throws IllegalArgumentException if the index is outside the sequence or the improvement is of other inputs
     */
    public SequenceImprovement {
        worse = List.copyOf(worse);
        Objects.requireNonNull(improvement, "improvement");
        if (index < 0 || index >= worse.size()) {
            throw new IllegalArgumentException("index " + index + " is outside the sequence of " + worse.size() + " periods");
        }
        if (!worse.get(index).equals(improvement.worse())) {
            throw new IllegalArgumentException("the improvement starts from " + improvement.worse().period()
                    + " inputs that are not the sequence's inputs of " + worse.get(index).period());
        }
    }

    /** @return the inputs after, one per period, oldest first, never null */
    public List<PeriodInputs> better() {
        List<PeriodInputs> better = new ArrayList<>(worse);
        better.set(index, improvement.better());
        return List.copyOf(better);
    }

    /** @return true if the improved period's inputs changed */
    public boolean isChange() {
        return improvement.isChange();
    }

    /** @return the periods, the improved one and its change, for a falsified sample's report */
    @Override
    public String toString() {
        return worse.stream().map(p -> p.period().toString()).collect(Collectors.joining(", ", "[", "]")) + ", improved "
                + worse.get(index).period() + ": " + improvement + "\n  other periods: "
                + worse.stream().filter(p -> !p.equals(worse.get(index))).map(PeriodInputs::toString)
                        .collect(Collectors.joining("\n                 "));
    }
}
