package dev.partnering.term;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a contract term on a given day, as computed by
 * {@link ContractTermCalculator#status(ContractTerm, LocalDate)}: the options exercised by then,
 * the current end date, the next decision and its deadline, the options that lapsed, the latest
 * end still attainable, and the time remaining, with the {@linkplain #explanation() explanation} of
 * the rules that led there.
 * <p>
 * All end dates are inclusive: the last day the contract is in force.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TermStatus {

    private final ContractTerm term;
    private final LocalDate asOf;
    private final int optionsExercised;
    private final LocalDate currentEndDate;
    private final LocalDate latestAttainableEndDate;
    private final Optional<OptionDecision> nextDecision;
    private final List<Integer> lapsedOptions;
    private final TermState state;
    private final Period timeRemaining;
    private final long daysRemaining;
    private final Explanation explanation;

    TermStatus(ContractTerm term, LocalDate asOf, int optionsExercised, Optional<OptionDecision> nextDecision,
            List<Integer> lapsedOptions, Period timeRemaining, long daysRemaining, List<Step> steps) {
        this.term = term;
        this.asOf = asOf;
        this.optionsExercised = optionsExercised;
        this.currentEndDate = term.endDateAfter(optionsExercised);
        this.latestAttainableEndDate = lapsedOptions.isEmpty() ? term.latestEndDate() : currentEndDate;
        this.nextDecision = nextDecision;
        this.lapsedOptions = List.copyOf(lapsedOptions);
        this.state = asOf.isBefore(term.startDate()) ? TermState.NOT_STARTED
                : asOf.isAfter(currentEndDate) ? TermState.ENDED : TermState.IN_FORCE;
        this.timeRemaining = timeRemaining;
        this.daysRemaining = daysRemaining;
        this.explanation = Explanation.of("Contract term as of " + asOf + ": " + headline(), steps);
    }

    /** @return the term the status is for, never null */
    public ContractTerm term() {
        return term;
    }

    /** @return the day the status is computed for, never null */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return how many options were exercised on or before the as-of date, 0 or more */
    public int optionsExercised() {
        return optionsExercised;
    }

    /** @return the last day of the initial term, inclusive, never null */
    public LocalDate initialEndDate() {
        return term.initialEndDate();
    }

    /**
     * @return the last day of the term with the options exercised by the as-of date, inclusive;
     *         never before {@link #initialEndDate()} nor after {@link #latestEndDate()}, never null
     */
    public LocalDate currentEndDate() {
        return currentEndDate;
    }

    /** @return the last day of the term if every option is exercised, inclusive, never null */
    public LocalDate latestEndDate() {
        return term.latestEndDate();
    }

    /**
     * @return the latest end still possible on the as-of date: {@link #latestEndDate()} while no
     *         option has lapsed, otherwise {@link #currentEndDate()}, never null
     */
    public LocalDate latestAttainableEndDate() {
        return latestAttainableEndDate;
    }

    /** @return the next option to decide on and its deadline; empty when none is left open */
    public Optional<OptionDecision> nextDecision() {
        return nextDecision;
    }

    /**
     * @return the numbers of the options that lapsed because a deadline passed without a
     *         decision: the first one whose deadline passed and every one after it; never null
     */
    public List<Integer> lapsedOptions() {
        return lapsedOptions;
    }

    /** @return where the as-of date stands relative to the term, never null */
    public TermState state() {
        return state;
    }

    /** @return true if the as-of date is within the term */
    public boolean isInForce() {
        return state == TermState.IN_FORCE;
    }

    /**
     * @param date  a date, not null
     * @return true if the date is on or after the start and on or before the current end date
     */
    public boolean isWithinTerm(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(term.startDate()) && !date.isAfter(currentEndDate);
    }

    /**
     * @return the time from the as-of date (or the start date, if later) to the current end date,
     *         both inclusive, in years, months and days; zero once the term has ended; never null
     */
    public Period timeRemaining() {
        return timeRemaining;
    }

    /** @return the same span as {@link #timeRemaining()} in days, 0 once the term has ended */
    public long daysRemaining() {
        return daysRemaining;
    }

    /**
     * How the status was computed: the subject states where the term stands (e.g. {@code Contract
     * term as of 2029-03-15: in force until 2029-12-31}); each step is a rule applied, with what it
     * gave for this term as its one result step.
     *
     * @return the explanation, never null
     * @since 0.1.0
     */
    public Explanation explanation() {
        return explanation;
    }

    private String headline() {
        switch (state) {
            case NOT_STARTED:
                return "starts " + term.startDate() + ", ends " + currentEndDate;
            case ENDED:
                return "ended " + currentEndDate;
            default:
                return "in force until " + currentEndDate;
        }
    }

    /**
     * Two statuses are equal when they are for equal terms on the same day and every figure and the explanation are
     * equal; the other figures are derived from these.
     *
     * @param other  the object to compare with, may be null
     * @return true if the other object is a TermStatus with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TermStatus s && term.equals(s.term) && asOf.equals(s.asOf) && optionsExercised == s.optionsExercised && nextDecision.equals(s.nextDecision) && lapsedOptions.equals(s.lapsedOptions) && timeRemaining.equals(s.timeRemaining) && daysRemaining == s.daysRemaining && explanation.equals(s.explanation);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(term, asOf, optionsExercised, nextDecision, lapsedOptions, timeRemaining, daysRemaining, explanation);
    }

    /** @return the {@link #explanation()} as text */
    @Override
    public String toString() {
        return explanation.toText();
    }
}
