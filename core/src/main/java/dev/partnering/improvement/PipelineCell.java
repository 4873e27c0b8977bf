package dev.partnering.improvement;

import java.util.Objects;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.money.Money;

/**
 * One cell of the improvement pipeline: how many initiatives of a deciding level stood at a status
 * on the report's day, and the benefit they expect together.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param status  the status, not null
 * @param level  the deciding level, not null
 * @param count  the number of initiatives, not negative
 * @param expectedBenefit  the sum of their expected benefits, not null
 * @since 0.1.0
 */
public record PipelineCell(InitiativeStatus status, GovernanceLevel level, int count, Money expectedBenefit) {

    /**
     * Checks for nulls and a negative count.
     *
     * @param status  the status, not null
     * @param level  the level, not null
     * @param count  the count, not negative
     * @param expectedBenefit  the expected benefit, not null
     */
    public PipelineCell {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(expectedBenefit, "expectedBenefit");
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " must not be negative");
        }
    }
}
