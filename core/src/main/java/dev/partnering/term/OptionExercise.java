package dev.partnering.term;

import java.time.LocalDate;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;

/**
 * The record that an extension option of a {@link ContractTerm} was exercised: which option
 * (numbered from 1 in the order the term lists them) and on which day the decision was made.
 * <p>
 * Whether the exercise was in order and on time is checked by the term that records it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OptionExercise {

    OptionExercise() {
    }

    /**
     * Obtains an exercise record.
     *
     * @param optionNumber  the option, 1 for the first extension option, at least 1
     * @param exercisedOn  the day the option was exercised, not null
     * @return the record, never null
     */
    public static OptionExercise of(int optionNumber, LocalDate exercisedOn) {
        return ImmutableOptionExercise.builder().optionNumber(optionNumber).exercisedOn(exercisedOn).build();
    }

    /** @return the number of the option exercised, 1 for the first extension option */
    public abstract int optionNumber();

    /** @return the day the option was exercised, never null */
    public abstract LocalDate exercisedOn();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("OptionExercise");
        attrs.required("exercisedOn", exercisedOn());
        attrs.throwIfAny();
        Violations.of("OptionExercise")
                .require(optionNumber() >= 1, "optionNumber", optionNumber(),
                        "option number " + optionNumber() + " must be at least 1 (options are numbered from 1)")
                .throwIfAny();
    }

    /** @return e.g. {@code option 1 exercised on 2028-05-10} */
    @Override
    public String toString() {
        return "option " + optionNumber() + " exercised on " + exercisedOn();
    }
}
