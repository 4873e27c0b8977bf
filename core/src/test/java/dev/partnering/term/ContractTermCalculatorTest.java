package dev.partnering.term;

import dev.partnering.explanation.StepKind;

import dev.partnering.lifecycle.LifecycleFixtures;

import static dev.partnering.lifecycle.LifecycleFixtures.threePlusOnePlusOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ContractTermCalculatorTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void threePlusOnePlusOneAtTheStart() {
        // start 2026-01-01 + 3 years = 2029-01-01, − 1 day → initial end 2028-12-31
        // option 1 deadline = 2028-12-31 − 6 months = 2028-06-30
        // latest end = 2026-01-01 + 5 years − 1 day = 2030-12-31
        TermStatus s = ContractTermCalculator.status(threePlusOnePlusOne(), d("2026-01-01"));
        assertEquals(d("2028-12-31"), s.initialEndDate());
        assertEquals(d("2028-12-31"), s.currentEndDate());
        assertEquals(d("2030-12-31"), s.latestEndDate());
        assertEquals(d("2030-12-31"), s.latestAttainableEndDate());
        assertEquals(0, s.optionsExercised());
        OptionDecision next = s.nextDecision().orElseThrow();
        assertEquals(1, next.optionNumber());
        assertEquals(d("2028-06-30"), next.deadline());
        assertEquals(d("2029-12-31"), next.endDateIfExercised());
        // 2026-01-01 → 2028-06-30: 365 + 365 + 181 − 1 = 911 days (2026 and 2027 are not leap years; Jan–Jun 2028 = 182 days)
        assertEquals(911, next.daysUntilDeadline());
        assertEquals(List.of(), s.lapsedOptions());
        assertEquals(TermState.IN_FORCE, s.state());
        // remaining: 2026-01-01 up to and including 2028-12-31 = 3 years = 365 + 365 + 366 days
        assertEquals(Period.ofYears(3), s.timeRemaining());
        assertEquals(1096, s.daysRemaining());
    }

    @Test
    void optionOneExercisedMovesTheEndAndTheNextDeadline() {
        // option 1 exercised 2028-05-10 (before its 2028-06-30 deadline): end = 2026-01-01 + 4 years − 1 day = 2029-12-31
        // option 2 deadline = 2029-12-31 − 6 months = 2029-06-30
        ContractTerm term = threePlusOnePlusOne().exercise(1, d("2028-05-10"));
        TermStatus s = ContractTermCalculator.status(term, d("2029-01-15"));
        assertEquals(1, s.optionsExercised());
        assertEquals(d("2029-12-31"), s.currentEndDate());
        assertEquals(d("2029-06-30"), s.nextDecision().orElseThrow().deadline());
        assertEquals(d("2030-12-31"), s.nextDecision().orElseThrow().endDateIfExercised());
        assertTrue(s.isWithinTerm(d("2029-12-31")));
        assertFalse(s.isWithinTerm(d("2030-01-01")));
        assertFalse(s.isWithinTerm(d("2025-12-31")));
    }

    @Test
    void anExerciseRecordedAfterTheAsOfDateDoesNotCountYet() {
        ContractTerm term = threePlusOnePlusOne().exercise(1, d("2028-05-10"));
        TermStatus s = ContractTermCalculator.status(term, d("2028-05-09"));
        assertEquals(0, s.optionsExercised());
        assertEquals(d("2028-12-31"), s.currentEndDate());
        assertEquals(1, s.nextDecision().orElseThrow().optionNumber());
    }

    @Test
    void theDeadlineDayItselfIsStillOpen() {
        TermStatus s = ContractTermCalculator.status(threePlusOnePlusOne(), d("2028-06-30"));
        assertEquals(0, s.nextDecision().orElseThrow().daysUntilDeadline());
        assertEquals(List.of(), s.lapsedOptions());
    }

    @Test
    void aPassedDeadlineLapsesThatOptionAndEveryLaterOne() {
        // 2028-07-01 is after option 1's deadline 2028-06-30: options 1 and 2 lapse, the end stays 2028-12-31
        TermStatus s = ContractTermCalculator.status(threePlusOnePlusOne(), d("2028-07-01"));
        assertEquals(List.of(1, 2), s.lapsedOptions());
        assertEquals(Optional.empty(), s.nextDecision());
        assertEquals(d("2028-12-31"), s.currentEndDate());
        assertEquals(d("2028-12-31"), s.latestAttainableEndDate());
        assertEquals(d("2030-12-31"), s.latestEndDate());
        // 2028-07-01 .. 2028-12-31 inclusive = 6 months = 184 days
        assertEquals(Period.ofMonths(6), s.timeRemaining());
        assertEquals(184, s.daysRemaining());
    }

    @Test
    void onlyTheLaterOptionLapsesAfterTheFirstWasExercised() {
        ContractTerm term = threePlusOnePlusOne().exercise(1, d("2028-06-30"));
        TermStatus s = ContractTermCalculator.status(term, d("2029-07-01"));
        assertEquals(List.of(2), s.lapsedOptions());
        assertEquals(d("2029-12-31"), s.latestAttainableEndDate());
    }

    @Test
    void everyOptionExercisedLeavesNoDecision() {
        ContractTerm term = threePlusOnePlusOne().exercise(1, d("2028-01-10")).exercise(2, d("2029-01-10"));
        TermStatus s = ContractTermCalculator.status(term, d("2030-06-01"));
        assertEquals(d("2030-12-31"), s.currentEndDate());
        assertEquals(Optional.empty(), s.nextDecision());
        assertEquals(List.of(), s.lapsedOptions());
    }

    @Test
    void beforeTheStartTheWholeTermRemains() {
        TermStatus s = ContractTermCalculator.status(threePlusOnePlusOne(), d("2025-10-01"));
        assertEquals(TermState.NOT_STARTED, s.state());
        assertEquals(Period.ofYears(3), s.timeRemaining());
        assertEquals(1096, s.daysRemaining());
    }

    @Test
    void afterTheEndNothingRemains() {
        TermStatus s = ContractTermCalculator.status(threePlusOnePlusOne(), d("2029-01-01"));
        assertEquals(TermState.ENDED, s.state());
        assertEquals(Period.ZERO, s.timeRemaining());
        assertEquals(0, s.daysRemaining());
    }

    @Test
    void leapDayStartKeepsTheAnniversaryWithoutDrift() {
        // start 2024-02-29; the anniversary 2027-02-29 does not exist → the term ends on the month's last day 2027-02-28
        // + 4 years = 2028-02-29 exists (a leap year again), the day before → 2028-02-28
        // + 5 years: 2029-02-29 does not exist → 2029-02-28
        // chaining ends instead would give 2027-02-28 + 1 year − 1 day = 2028-02-27, one day early
        ContractTerm term = ContractTerm.of(LocalDate.of(2024, 2, 29), Period.ofYears(3),
                LifecycleFixtures.oneYearSixMonthsNotice(), LifecycleFixtures.oneYearSixMonthsNotice());
        assertEquals(d("2027-02-28"), term.initialEndDate());
        assertEquals(d("2028-02-28"), term.endDateAfter(1));
        assertEquals(d("2029-02-28"), term.latestEndDate());
        // deadlines: 2027-02-28 − 6 months = 2026-08-28; 2028-02-28 − 6 months = 2027-08-28
        assertEquals(d("2026-08-28"), term.deadline(1));
        assertEquals(d("2027-08-28"), term.deadline(2));
    }

    @Test
    void monthEndStartWithMonthlyTerms() {
        // start 2026-01-31 + 1 month: 2026-02-31 does not exist → the month's last day 2026-02-28
        // + 2 months = 2026-03-31, the day before → 2026-03-30; the option deadline 2026-02-28 − 14 days = 2026-02-14
        ContractTerm term = ContractTerm.of(d("2026-01-31"), Period.ofMonths(1),
                ExtensionOption.of(Period.ofMonths(1), Period.ofDays(14)));
        assertEquals(d("2026-02-28"), term.initialEndDate());
        assertEquals(d("2026-03-30"), term.latestEndDate());
        assertEquals(d("2026-02-14"), term.deadline(1));
    }

    @Test
    void explanationNamesEveryStep() {
        TermStatus s = ContractTermCalculator.status(threePlusOnePlusOne(), d("2028-07-01"));
        // six rules, each with what it gave as its one result step
        assertEquals(6, s.explanation().steps().size());
        s.explanation().steps().forEach(step -> {
            assertEquals(StepKind.RULE, step.kind());
            assertEquals(1, step.children().size());
            assertEquals(StepKind.RESULT, step.children().get(0).kind());
        });
        String text = s.explanation().toText();
        assertTrue(text.startsWith("Contract term as of 2028-07-01: in force until 2028-12-31"), text);
        assertTrue(text.contains("initial end 2028-12-31 (2026-01-01 + 3 years − 1 day)"), text);
        assertTrue(text.contains("option 1 (+1 year): deadline 2028-06-30 = 2028-12-31 − 6 months, passed without a decision:"
                + " options [1, 2] lapsed on 2028-07-01"), text);
    }

    @Test
    void theReadmeStatusExplanation() {
        // the output shown in README.md, "The contract term"
        TermStatus s = ContractTermCalculator.status(threePlusOnePlusOne().exercise(1, d("2028-05-10")), d("2029-03-01"));
        assertEquals(String.join("\n",
                "Contract term as of 2029-03-01: in force until 2029-12-31",
                "  rule: an end date is the last day in force: start + durations − 1 day",
                "    = initial end 2028-12-31 (2026-01-01 + 3 years − 1 day); latest end 2030-12-31 (2026-01-01 + 3 years"
                        + " + 1 year + 1 year − 1 day)",
                "  rule: options count once exercised on or before the as-of date, in order",
                "    = 1 of 2 options exercised: option 1 on 2028-05-10",
                "  rule: current end = start + initial duration + exercised options − 1 day",
                "    = 2029-12-31 (2026-01-01 + 3 years + 1 year − 1 day)",
                "  rule: option n's deadline = current end − its notice period; a passed deadline lapses it and every later"
                        + " option",
                "    = option 2 (+1 year): deadline 2029-06-30 = 2029-12-31 − 6 months, 121 days away; if exercised the term"
                        + " ends 2030-12-31",
                "  rule: latest attainable end = the latest end while no option has lapsed, else the current end",
                "    = 2030-12-31",
                "  rule: time remaining runs from the as-of date (or the start, if later) to the current end, both inclusive",
                "    = 10 months (306 days, from 2029-03-01)",
                ""), s.explanation().toText());
        assertEquals(s.explanation().toText(), s.toString());
    }

    @Test
    void theTimelineExplainsItsInputsRulesAndEveryMilestone() {
        TermTimeline t = ContractTermCalculator.timeline(threePlusOnePlusOne().exercise(1, d("2028-05-10")));
        assertEquals(String.join("\n",
                "Contract term 3+1+1 years from 2026-01-01 (end dates inclusive)",
                "  input: start 2026-01-01, initial term 3 years, 2 extension options: option 1 +1 year with 6 months'"
                        + " notice, option 2 +1 year with 6 months' notice; option 1 exercised on 2028-05-10",
                "  rule: an end date is the last day in force: start + durations − 1 day",
                "  rule: the planned path exercises every option in turn; option n's deadline = the end before it − its"
                        + " notice period",
                "  = 2026-01-01  term starts",
                "  = 2028-05-10  option 1 exercised",
                "  = 2028-06-30  last day to exercise option 1 (+1 year, 6 months' notice)",
                "  = 2028-12-31  initial term ends unless option 1 is exercised",
                "  = 2029-06-30  last day to exercise option 2 (+1 year, 6 months' notice), once option 1 is exercised",
                "  = 2029-12-31  term ends after option 1 unless option 2 is exercised",
                "  = 2030-12-31  latest possible end, every option exercised",
                ""), t.explanation().toText());
        assertEquals(t.milestones().size(), t.explanation().steps().stream().filter(s -> s.kind() == StepKind.RESULT).count());
    }

    @Test
    void timelineOfThreePlusOnePlusOne() {
        assertEquals(String.join("\n",
                "Contract term 3+1+1 years from 2026-01-01 (end dates inclusive)",
                "  2026-01-01  term starts",
                "  2028-06-30  last day to exercise option 1 (+1 year, 6 months' notice)",
                "  2028-12-31  initial term ends unless option 1 is exercised",
                "  2029-06-30  last day to exercise option 2 (+1 year, 6 months' notice), once option 1 is exercised",
                "  2029-12-31  term ends after option 1 unless option 2 is exercised",
                "  2030-12-31  latest possible end, every option exercised"),
                ContractTermCalculator.timeline(threePlusOnePlusOne()).toString());
    }

    @Test
    void timelineShowsRecordedExercises() {
        TermTimeline t = ContractTermCalculator.timeline(threePlusOnePlusOne().exercise(1, d("2028-05-10")));
        assertEquals(List.of(TermMilestone.Kind.START, TermMilestone.Kind.OPTION_EXERCISED, TermMilestone.Kind.OPTION_DEADLINE,
                TermMilestone.Kind.END_UNLESS_EXTENDED, TermMilestone.Kind.OPTION_DEADLINE,
                TermMilestone.Kind.END_UNLESS_EXTENDED, TermMilestone.Kind.LATEST_END),
                t.milestones().stream().map(TermMilestone::kind).toList());
        assertEquals(d("2028-05-10"), t.milestones().get(1).date());
    }
}
