package dev.partnering.term;

import dev.partnering.internal.Texts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * The next decision on a contract term: whether to exercise the next extension option, and by
 * when.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param optionNumber  the option to decide on, numbered from 1
 * @param option  the option, not null
 * @param deadline  the last day it can be exercised, inclusive, not null
 * @param endDateIfExercised  the inclusive end date of the term if it is exercised, not null
 * @param daysUntilDeadline  days from the as-of date to the deadline, 0 when the deadline is today
 * @since 0.1.0
 */
public record OptionDecision(int optionNumber, ExtensionOption option, LocalDate deadline,
        LocalDate endDateIfExercised, long daysUntilDeadline) {

    /**
     * Creates a decision.
     *
     * @param optionNumber  the option to decide on, at least 1
     * @param option  the option, not null
     * @param deadline  the last day it can be exercised, not null
     * @param endDateIfExercised  the end date if exercised, not null
     * @param daysUntilDeadline  days until the deadline, not negative
     * @throws ValidationException if the option number is below 1 or the days are negative
     */
    public OptionDecision {
        if (optionNumber < 1 || daysUntilDeadline < 0) {
            throw new ValidationException("OptionDecision", List.of(Violation.of("daysUntilDeadline", daysUntilDeadline,
                    "a decision on option " + optionNumber + " needs an option number of at least 1 and a deadline"
                            + " not yet passed, was " + daysUntilDeadline + " days away")));
        }
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(endDateIfExercised, "endDateIfExercised");
    }

    /** @return e.g. {@code exercise option 2 (+1 year) by 2029-06-30 (120 days) to end on 2030-12-31} */
    @Override
    public String toString() {
        return "exercise option " + optionNumber + " (+" + Texts.period(option.duration()) + ") by " + deadline
                + " (" + Texts.count(daysUntilDeadline, "day") + ") to end on " + endDateIfExercised;
    }
}
