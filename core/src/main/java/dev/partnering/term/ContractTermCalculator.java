package dev.partnering.term;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Texts;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the questions a contract manager asks of a {@link ContractTerm} on a given day: the
 * current end date given the options exercised, the next decision and its deadline, the latest
 * possible end, whether a date is within the term, the time remaining, and which options lapsed
 * because a deadline passed without a decision.
 * <p>
 * Rules (see {@link ContractTerm} for the date arithmetic):
 * <ul>
 * <li>End dates are inclusive and computed from the start date plus the summed durations.</li>
 * <li>An option counts as exercised on the as-of date if the term records its exercise on or
 *     before that date; options are exercised in order.</li>
 * <li>The next option's deadline is the current end minus its notice period. If the as-of date is
 *     after it, that option has lapsed, and so have all the options after it: the current end is
 *     then final.</li>
 * <li>Time remaining runs from the as-of date, or the start date if that is later, to the current
 *     end date, both inclusive.</li>
 * </ul>
 * Worked example: a term starting 2026-01-01 with 3 years and two options of 1 year, each with 6
 * months' notice, ends initially on 2028-12-31; option 1 must be exercised by 2028-06-30; the
 * latest end is 2030-12-31.
 * <p>
 * The calculator is stateless: it never mutates its inputs and gives the same answer for the same
 * inputs. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ContractTermCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(ContractTermCalculator.class);

    private ContractTermCalculator() {
    }

    /**
     * Computes the state of a term on a day.
     *
     * @param term  the term with the exercises recorded so far, not null
     * @param asOf  the day to compute the state for, not null
     * @return the status with its explanation, never null
     */
    public static TermStatus status(ContractTerm term, LocalDate asOf) {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(asOf, "asOf");
        List<Step> steps = new ArrayList<>();
        steps.add(rule("an end date is the last day in force: start + durations − 1 day",
                "initial end " + term.initialEndDate() + " (" + sum(term, 0) + "); latest end " + term.latestEndDate()
                        + " (" + sum(term, term.optionCount()) + ")"));
        int exercised = exercisedBy(term, asOf, steps);
        LocalDate currentEnd = term.endDateAfter(exercised);
        steps.add(rule("current end = start + initial duration + exercised options − 1 day",
                currentEnd + " (" + sum(term, exercised) + ")"));
        Decision decision = nextDecision(term, exercised, asOf, steps);
        steps.add(rule("latest attainable end = the latest end while no option has lapsed, else the current end",
                (decision.lapsed().isEmpty() ? term.latestEndDate() : currentEnd).toString()));
        LocalDate from = asOf.isBefore(term.startDate()) ? term.startDate() : asOf;
        boolean ended = from.isAfter(currentEnd);
        Period remaining = ended ? Period.ZERO : Period.between(from, currentEnd.plusDays(1));
        long days = ended ? 0 : ChronoUnit.DAYS.between(from, currentEnd.plusDays(1));
        steps.add(rule("time remaining runs from the as-of date (or the start, if later) to the current end,"
                + " both inclusive", ended ? "none: the term ended " + currentEnd
                        : Texts.period(remaining) + " (" + Texts.count(days, "day") + ", from " + from + ")"));
        TermStatus status = new TermStatus(term, asOf, exercised, decision.next(), decision.lapsed(), remaining, days, steps);
        LOG.debug("{}", status.explanation().toText());
        return status;
    }

    /** The next decision, or the options that lapsed. */
    private record Decision(Optional<OptionDecision> next, List<Integer> lapsed) {
    }

    private static int exercisedBy(ContractTerm term, LocalDate asOf, List<Step> steps) {
        List<OptionExercise> counted = term.exercises().stream()
                .filter(e -> !e.exercisedOn().isAfter(asOf)).collect(Collectors.toList());
        steps.add(rule("options count once exercised on or before the as-of date, in order",
                counted.size() + " of " + Texts.count(term.optionCount(), "option") + " exercised"
                        + (counted.isEmpty() ? "" : ": " + counted.stream().map(e -> "option " + e.optionNumber() + " on "
                                + e.exercisedOn()).collect(Collectors.joining(", ")))));
        return counted.size();
    }

    private static Decision nextDecision(ContractTerm term, int exercised, LocalDate asOf, List<Step> steps) {
        String rule = "option n's deadline = current end − its notice period; a passed deadline lapses it and every later option";
        if (exercised == term.optionCount()) {
            steps.add(rule(rule, term.optionCount() == 0 ? "the term has no extension options"
                    : "every option is exercised; no decision is left"));
            return new Decision(Optional.empty(), List.of());
        }
        int n = exercised + 1;
        ExtensionOption option = term.option(n);
        LocalDate deadline = term.deadline(n);
        String deadlineText = "option " + n + " (+" + Texts.period(option.duration()) + "): deadline " + deadline
                + " = " + term.endDateAfter(exercised) + " − " + Texts.period(option.noticePeriod());
        if (asOf.isAfter(deadline)) {
            List<Integer> lapsed = IntStream.rangeClosed(n, term.optionCount()).boxed().collect(Collectors.toList());
            steps.add(rule(rule, deadlineText + ", passed without a decision: "
                    + (lapsed.size() == 1 ? "option " + n + " lapsed" : "options " + lapsed + " lapsed")
                    + " on " + deadline.plusDays(1)));
            return new Decision(Optional.empty(), lapsed);
        }
        OptionDecision d = new OptionDecision(n, option, deadline, term.endDateAfter(n), ChronoUnit.DAYS.between(asOf, deadline));
        steps.add(rule(rule, deadlineText + ", " + Texts.count(d.daysUntilDeadline(), "day")
                + " away; if exercised the term ends " + d.endDateIfExercised()));
        return new Decision(Optional.of(d), List.of());
    }

    /**
     * Lays out the dates of a term on its planned path, every option exercised in turn: the start,
     * each option's deadline (and its exercise, if recorded), each end date that applies unless the
     * next option is exercised, and the latest end.
     *
     * @param term  the term, not null
     * @return the timeline in date order, never null
     */
    public static TermTimeline timeline(ContractTerm term) {
        Objects.requireNonNull(term, "term");
        List<TermMilestone> milestones = new ArrayList<>();
        milestones.add(new TermMilestone(term.startDate(), TermMilestone.Kind.START, 0, "term starts"));
        for (int n = 1; n <= term.optionCount(); n++) {
            ExtensionOption o = term.option(n);
            String option = "option " + n + " (+" + Texts.period(o.duration()) + ", "
                    + Texts.notice(o.noticePeriod()) + ")";
            if (n <= term.exercises().size()) {
                milestones.add(new TermMilestone(term.exercises().get(n - 1).exercisedOn(),
                        TermMilestone.Kind.OPTION_EXERCISED, n, "option " + n + " exercised"));
            }
            milestones.add(new TermMilestone(term.deadline(n), TermMilestone.Kind.OPTION_DEADLINE, n,
                    "last day to exercise " + option + (n > 1 ? ", once option " + (n - 1) + " is exercised" : "")));
            milestones.add(new TermMilestone(term.endDateAfter(n - 1), TermMilestone.Kind.END_UNLESS_EXTENDED, n,
                    (n == 1 ? "initial term ends" : "term ends after option " + (n - 1))
                            + " unless option " + n + " is exercised"));
        }
        milestones.add(new TermMilestone(term.latestEndDate(), TermMilestone.Kind.LATEST_END, term.optionCount(),
                term.optionCount() == 0 ? "term ends; it has no extension options"
                        : "latest possible end, every option exercised"));
        milestones.sort(TermMilestone.ORDER);
        LOG.debug("timeline of {}: {}", term, milestones);
        return new TermTimeline(term, milestones);
    }

    /** @return how the timeline's dates follow from the term: inputs, rules, then each milestone */
    static Explanation explain(TermTimeline timeline) {
        ContractTerm term = timeline.term();
        Explanation.Builder ex = Explanation.builder(timeline.heading());
        StringBuilder input = new StringBuilder("start ").append(term.startDate()).append(", initial term ")
                .append(Texts.period(term.initialDuration())).append(", ")
                .append(Texts.count(term.optionCount(), "extension option"));
        for (int n = 1; n <= term.optionCount(); n++) {
            ExtensionOption o = term.option(n);
            input.append(n == 1 ? ": " : ", ").append("option ").append(n).append(" +").append(Texts.period(o.duration()))
                    .append(" with ").append(Texts.notice(o.noticePeriod()));
        }
        term.exercises().forEach(e -> input.append("; option ").append(e.optionNumber()).append(" exercised on ")
                .append(e.exercisedOn()));
        ex.add(StepKind.INPUT, input.toString());
        ex.add(StepKind.RULE, "an end date is the last day in force: start + durations − 1 day");
        if (term.optionCount() > 0) {
            ex.add(StepKind.RULE, "the planned path exercises every option in turn; option n's deadline = the end before"
                    + " it − its notice period");
        }
        timeline.milestones().forEach(m -> ex.add(StepKind.RESULT, m.toString()));
        return ex.build();
    }

    /** @return a rule applied, with what it gave for the term as its one result */
    private static Step rule(String rule, String result) {
        return Step.of(StepKind.RULE, rule, Map.of(), List.of(Step.of(StepKind.RESULT, result)));
    }

    private static String sum(ContractTerm term, int options) {
        StringBuilder sb = new StringBuilder().append(term.startDate()).append(" + ").append(Texts.period(term.initialDuration()));
        for (int i = 1; i <= options; i++) {
            sb.append(" + ").append(Texts.period(term.option(i).duration()));
        }
        return sb.append(" − 1 day").toString();
    }
}
