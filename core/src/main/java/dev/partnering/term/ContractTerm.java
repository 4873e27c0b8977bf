package dev.partnering.term;

import dev.partnering.internal.Limits;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.immutables.value.Value;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.internal.Periods;
import dev.partnering.internal.Violations;

/**
 * The term of a contract: a start date, an initial duration (e.g. 3 years), an ordered list of
 * extension options (e.g. 1 year, then 1 more year: "3+1+1") and the record of the options
 * exercised so far.
 * <p>
 * <b>End dates are inclusive.</b> An end date is the last day the contract is in force: a term
 * starting 2026-01-01 with an initial duration of 3 years ends on 2028-12-31.
 * <p>
 * <b>Ends are computed from the start date.</b> The end after the initial term and the first
 * {@code n} options is the day before the start date's anniversary after
 * {@code initialDuration + duration₁ + … + durationₙ}, never found by adding a duration to an
 * earlier end date. When that anniversary does not exist (a start on 29 February, or on the 31st
 * with a duration in months), the term ends on the last day of the month instead: a term starting
 * 2024-02-29 with 3 + 1 + 1 years ends on 2027-02-28, 2028-02-28 and 2029-02-28, and one month
 * from 2026-03-31 ends on 2026-04-30. No day of the term is ever lost.
 * <p>
 * <b>Deadlines.</b> Option {@code n} must be exercised on or before its deadline, which is the
 * inclusive end after the first {@code n − 1} options minus the option's notice period: with a
 * 2028-12-31 end and 6 months' notice the deadline is 2028-06-30. An option can only be exercised
 * after every earlier option was: options are exercised in order. If a deadline passes without a
 * decision, that option lapses, and so do all the options after it.
 * <p>
 * Rules checked when built: the initial duration is positive; every option's deadline falls on or
 * after the start date; the exercises are options 1, 2, … in order, each an option of the term,
 * each on or after the start date and the previous exercise, and on or before the option's
 * deadline.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ContractTerm {

    ContractTerm() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableContractTerm.builder();
    }

    /**
     * Obtains a term with no option exercised yet.
     *
     * @param startDate  the first day of the contract, not null
     * @param initialDuration  the initial duration, positive, not null
     * @param extensionOptions  the extension options in the order they can be exercised, not null
     * @return the term, never null
     * @throws ValidationException if a rule of the term is broken
     */
    public static ContractTerm of(LocalDate startDate, Period initialDuration, ExtensionOption... extensionOptions) {
        return builder().startDate(startDate).initialDuration(initialDuration)
                .addAllExtensionOptions(Arrays.asList(extensionOptions)).build();
    }

    /** @return the first day of the contract, never null */
    public abstract LocalDate startDate();

    /** @return the initial duration before any option, positive, never null */
    public abstract Period initialDuration();

    /** @return the extension options in the order they can be exercised, never null */
    public abstract List<ExtensionOption> extensionOptions();

    /** @return the options exercised so far, option 1 first, in order; empty by default, never null */
    public abstract List<OptionExercise> exercises();

    /** @return how many extension options the term has, 0 or more */
    public int optionCount() {
        return extensionOptions().size();
    }

    /**
     * @param optionNumber  the option, from 1 to {@link #optionCount()}
     * @return the option, never null
     * @throws ValidationException if the term has no option with that number
     */
    public ExtensionOption option(int optionNumber) {
        requireOption(optionNumber);
        return extensionOptions().get(optionNumber - 1);
    }

    /** @return the last day of the initial term, inclusive: the day before the anniversary start + initial duration */
    public LocalDate initialEndDate() {
        return endDateAfter(0);
    }

    /** @return the last day of the term if every option is exercised, inclusive */
    public LocalDate latestEndDate() {
        return endDateAfter(optionCount());
    }

    /** @return the last day of the term with the options exercised so far, inclusive, never null */
    public LocalDate currentEndDate() {
        return endDateAfter(exercises().size());
    }

    /**
     * The inclusive end date after the first {@code optionsExercised} options: the day before the
     * anniversary {@code startDate + (initialDuration + the options' durations)}, or the last day
     * of the month when that anniversary does not exist.
     *
     * @param optionsExercised  how many options are exercised, from 0 to {@link #optionCount()}
     * @return the last day of the term, never null
     * @throws ValidationException if the count is negative or above the number of options
     */
    public LocalDate endDateAfter(int optionsExercised) {
        return lastDayOf(durationAfter(optionsExercised));
    }

    private LocalDate lastDayOf(Period length) {
        LocalDate start = startDate();
        LocalDate afterMonths = start.plusMonths(length.toTotalMonths());
        // plusMonths clamps a day that the target month lacks (29-31) to its last day; that last
        // day is then the final day of the term, not the day before it
        LocalDate anniversary = afterMonths.getDayOfMonth() < start.getDayOfMonth() ? afterMonths.plusDays(1) : afterMonths;
        return anniversary.plusDays(length.getDays()).minusDays(1);
    }

    /**
     * The total length of the term after the first {@code optionsExercised} options: the initial
     * duration plus their durations, normalized (14 months is 1 year 2 months).
     *
     * @param optionsExercised  how many options are exercised, from 0 to {@link #optionCount()}
     * @return the total duration, positive, never null
     * @throws ValidationException if the count is negative or above the number of options
     */
    public Period durationAfter(int optionsExercised) {
        requireCount(optionsExercised);
        Period total = initialDuration();
        for (int i = 0; i < optionsExercised; i++) {
            total = total.plus(extensionOptions().get(i).duration());
        }
        return total.normalized();
    }

    /**
     * The last day option {@code optionNumber} can be exercised: the inclusive end after the
     * options before it minus the option's notice period (2028-12-31 with 6 months' notice gives
     * 2028-06-30).
     *
     * @param optionNumber  the option, from 1 to {@link #optionCount()}
     * @return the deadline, inclusive, never null
     * @throws ValidationException if the term has no option with that number
     */
    public LocalDate deadline(int optionNumber) {
        ExtensionOption option = option(optionNumber);
        return endDateAfter(optionNumber - 1).minus(option.noticePeriod());
    }

    /**
     * Records that the next option was exercised, returning a new term; this term is unchanged.
     *
     * @param optionNumber  the option, which must be the first one not yet exercised
     * @param exercisedOn  the day of the decision, on or before the option's deadline, not null
     * @return the term with the exercise recorded, never null
     * @throws ValidationException if the option is not the next one, does not exist, or its
     *         deadline has passed
     */
    public ContractTerm exercise(int optionNumber, LocalDate exercisedOn) {
        Objects.requireNonNull(exercisedOn, "exercisedOn");
        return builder().startDate(startDate()).initialDuration(initialDuration())
                .addAllExtensionOptions(extensionOptions()).addAllExercises(exercises())
                .addExercises(OptionExercise.of(optionNumber, exercisedOn)).build();
    }

    private void requireCount(int optionsExercised) {
        if (optionsExercised < 0 || optionsExercised > optionCount()) {
            throw new ValidationException("ContractTerm", List.of(Violation.of("optionsExercised", optionsExercised,
                    "options exercised " + optionsExercised + " must be between 0 and " + optionCount()
                            + ", the number of extension options")));
        }
    }

    private void requireOption(int optionNumber) {
        if (optionNumber < 1 || optionNumber > optionCount()) {
            throw new ValidationException("ContractTerm", List.of(Violation.of("optionNumber", optionNumber,
                    "option " + optionNumber + " does not exist; the term has " + optionCount()
                            + (optionCount() == 1 ? " extension option" : " extension options"))));
        }
    }

    @Value.Check
    void check() {
        // every violation at once: first the structure (every required attribute and element present), then
        // each rule whose attributes are there to judge it
        Violations v = Violations.of("ContractTerm");
        boolean hasStart = v.required("startDate", startDate());
        boolean hasDuration = v.required("initialDuration", initialDuration());
        boolean complete = v.requiredAll("extensionOptions", extensionOptions()) & v.requiredAll("exercises", exercises())
                & hasStart & hasDuration;
        // a missing date or duration is not judged (both checks pass null)
        boolean dated = Limits.checkDate(v, "startDate", startDate()) & Limits.checkDuration(v, "initialDuration", initialDuration());
        boolean positive = hasDuration && Periods.isPositive(initialDuration());
        if (hasDuration) {
            v.require(positive, "initialDuration", initialDuration(),
                    "initial duration " + initialDuration() + " must be positive");
        }
        // the options' deadlines and the exercises need the start, the duration and every option and exercise
        if (complete && positive && dated) {
            checkDeadlines(v);
            checkExercises(v);
        }
        v.throwIfAny();
    }

    private void checkDeadlines(Violations v) {
        for (int n = 1; n <= optionCount(); n++) {
            LocalDate deadline = deadline(n);
            v.require(!deadline.isBefore(startDate()), "extensionOptions[" + (n - 1) + "].noticePeriod",
                    option(n).noticePeriod(), "option " + n + "'s deadline " + deadline + " (" + option(n).noticePeriod()
                            + " before the end " + endDateAfter(n - 1) + ") falls before the start " + startDate());
        }
    }

    private void checkExercises(Violations v) {
        for (int i = 0; i < exercises().size(); i++) {
            OptionExercise e = exercises().get(i);
            String path = "exercises[" + i + "]";
            int n = e.optionNumber();
            if (n > optionCount()) {
                v.add(path + ".optionNumber", n, "option " + n + " cannot be exercised: the term has only "
                        + optionCount() + (optionCount() == 1 ? " extension option" : " extension options"));
                continue;
            }
            if (n != i + 1) {
                v.add(path + ".optionNumber", n, "option " + n + " cannot be exercised "
                        + (i == 0 ? "first" : "after option " + i) + ": options are exercised in order, so the next is option "
                        + (i + 1));
                continue;
            }
            LocalDate on = e.exercisedOn();
            v.require(!on.isBefore(startDate()), path + ".exercisedOn", on, "option " + n + " exercised on " + on
                    + " must not be before the start " + startDate());
            if (i > 0) {
                LocalDate previous = exercises().get(i - 1).exercisedOn();
                v.require(!on.isBefore(previous), path + ".exercisedOn", on, "option " + n + " exercised on " + on
                        + " must not be before option " + i + "'s exercise on " + previous);
            }
            LocalDate deadline = deadline(n);
            v.require(!on.isAfter(deadline), path + ".exercisedOn", on, "option " + n + " exercised on " + on
                    + " is after its deadline " + deadline + "; the option had lapsed");
        }
    }

    /**
     * A builder of {@link ContractTerm}; startDate and initialDuration are required.
     * <p>
     * Obtained from {@link ContractTerm#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link ContractTerm#startDate() startDate} attribute.
         * @param startDate The value for startDate (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder startDate(LocalDate startDate);

        /**
         * Initializes the value for the {@link ContractTerm#initialDuration() initialDuration} attribute.
         * @param initialDuration The value for initialDuration (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder initialDuration(Period initialDuration);

        /**
         * Adds one element to {@link ContractTerm#extensionOptions() extensionOptions} list.
         * @param element A extensionOptions element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addExtensionOptions(ExtensionOption element);

        /**
         * Adds elements to {@link ContractTerm#extensionOptions() extensionOptions} list.
         * @param elements An array of extensionOptions elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addExtensionOptions(ExtensionOption... elements);

        /**
         * Adds elements to {@link ContractTerm#extensionOptions() extensionOptions} list.
         * @param elements An iterable of extensionOptions elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllExtensionOptions(Iterable<? extends ExtensionOption> elements);

        /**
         * Adds one element to {@link ContractTerm#exercises() exercises} list.
         * @param element A exercises element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addExercises(OptionExercise element);

        /**
         * Adds elements to {@link ContractTerm#exercises() exercises} list.
         * @param elements An array of exercises elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addExercises(OptionExercise... elements);

        /**
         * Adds elements to {@link ContractTerm#exercises() exercises} list.
         * @param elements An iterable of exercises elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllExercises(Iterable<? extends OptionExercise> elements);


        /**
         * @return the ContractTerm, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        ContractTerm build();
    }
}
