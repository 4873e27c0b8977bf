package dev.partnering.term;

import dev.partnering.explanation.Explanation;
import dev.partnering.internal.Texts;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The dates of a contract term on its planned path, from
 * {@link ContractTermCalculator#timeline(ContractTerm)}: start, option deadlines and exercises,
 * the end dates that apply unless the next option is exercised, and the latest end. End dates are
 * inclusive. Its {@link #explanation()} gives the inputs and rules behind the dates.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TermTimeline {

    private final ContractTerm term;
    private final List<TermMilestone> milestones;
    // derived from the term and milestones when first asked for; not part of equality
    private volatile Explanation explanation;

    TermTimeline(ContractTerm term, List<TermMilestone> milestones) {
        this.term = term;
        this.milestones = List.copyOf(milestones);
    }

    /** @return the term, never null */
    public ContractTerm term() {
        return term;
    }

    /** @return the milestones in date order, never null */
    public List<TermMilestone> milestones() {
        return milestones;
    }

    /**
     * How the timeline was laid out: the term's start and durations as inputs, the rules for end
     * dates and option deadlines, and each milestone as a result. Written the first time it is asked
     * for.
     *
     * @return the explanation, never null
     * @since 0.1.0
     */
    public Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            e = ContractTermCalculator.explain(this);
            explanation = e;
        }
        return e;
    }

    /**
     * Two timelines are equal when their terms and milestones are equal.
     *
     * @param other  the object to compare with, may be null
     * @return true if the other object is a TermTimeline with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TermTimeline t && term.equals(t.term) && milestones.equals(t.milestones);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(term, milestones);
    }

    /**
     * @return the timeline as plain text: a heading such as
     *         {@code Contract term 3+1+1 years from 2026-01-01 (end dates inclusive)} and one line
     *         per milestone; never null
     */
    @Override
    public String toString() {
        return heading() + "\n"
                + milestones.stream().map(m -> "  " + m).collect(Collectors.joining("\n"));
    }

    /** @return e.g. {@code Contract term 3+1+1 years from 2026-01-01 (end dates inclusive)} */
    String heading() {
        return "Contract term " + shape() + " from " + term.startDate() + " (end dates inclusive)";
    }

    private String shape() {
        boolean years = isWholeYears(term.initialDuration())
                && term.extensionOptions().stream().allMatch(o -> isWholeYears(o.duration()));
        if (years) {
            StringBuilder sb = new StringBuilder().append(term.initialDuration().toTotalMonths() / 12);
            term.extensionOptions().forEach(o -> sb.append('+').append(o.duration().toTotalMonths() / 12));
            return sb.append(term.optionCount() == 0 && term.initialDuration().toTotalMonths() == 12 ? " year" : " years")
                    .toString();
        }
        StringBuilder sb = new StringBuilder(Texts.period(term.initialDuration()));
        term.extensionOptions().forEach(o -> sb.append(" + ").append(Texts.period(o.duration())));
        return sb.toString();
    }

    private static boolean isWholeYears(Period p) {
        return p.getDays() == 0 && p.toTotalMonths() % 12 == 0;
    }
}
