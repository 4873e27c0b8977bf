package dev.partnering.incentive;

import java.util.List;
import java.util.Objects;

/**
 * A remedy found in a multi-supplier agreement, with the suppliers it gives the customer a right
 * against: the supplier whose own scheme holds the trigger, or every supplier when the trigger is
 * in the joint scheme (a joint KPI's breach is everyone's).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param finding  the finding, not null
 * @param against  the ids of the suppliers the remedy is against, in the agreement's order, not empty
 * @since 0.1.0
 */
public record PartyRemedy(RemedyFinding finding, List<String> against) {

    /**
     * @param finding the finding, not null
     * @param against the ids of the suppliers the remedy is against, in the agreement's order, not empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code against} is empty
     */
    public PartyRemedy {
        Objects.requireNonNull(finding, "finding");
        against = List.copyOf(against);
        if (against.isEmpty()) {
            throw new IllegalArgumentException("a remedy is against at least one supplier");
        }
    }

    @Override
    public String toString() {
        return finding + " → against " + String.join(", ", against);
    }
}
