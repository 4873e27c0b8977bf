package dev.partnering.term;

import dev.partnering.lifecycle.LifecycleFixtures;

import static dev.partnering.lifecycle.LifecycleFixtures.threePlusOnePlusOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class ContractTermTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(Violation::toString).toList();
    }

    @Test
    void exerciseReturnsANewTermAndLeavesTheOldOneAlone() {
        ContractTerm before = threePlusOnePlusOne();
        ContractTerm after = before.exercise(1, d("2028-06-30"));
        assertEquals(List.of(), before.exercises());
        assertEquals(List.of(OptionExercise.of(1, d("2028-06-30"))), after.exercises());
        assertEquals(d("2029-12-31"), after.currentEndDate());
        assertEquals(d("2028-12-31"), before.currentEndDate());
    }

    @Test
    void aLaterOptionCannotBeTakenBeforeAnEarlierOne() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> threePlusOnePlusOne().exercise(2, d("2027-01-01")));
        assertEquals(List.of("exercises[0].optionNumber: option 2 cannot be exercised first: options are exercised in order,"
                + " so the next is option 1"), rules(e));
    }

    @Test
    void anOptionCannotBeExercisedTwice() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> threePlusOnePlusOne().exercise(1, d("2027-01-01")).exercise(1, d("2027-02-01")));
        assertEquals(List.of("exercises[1].optionNumber: option 1 cannot be exercised after option 1: options are exercised"
                + " in order, so the next is option 2"), rules(e));
    }

    @Test
    void anExerciseAfterTheDeadlineIsRefused() {
        // option 1's deadline is 2028-12-31 − 6 months = 2028-06-30
        ValidationException e = assertThrows(ValidationException.class,
                () -> threePlusOnePlusOne().exercise(1, d("2028-07-01")));
        assertEquals(List.of("exercises[0].exercisedOn: option 1 exercised on 2028-07-01 is after its deadline 2028-06-30;"
                + " the option had lapsed"), rules(e));
    }

    @Test
    void anExerciseBeforeTheStartIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> threePlusOnePlusOne().exercise(1, d("2025-12-01")));
        assertEquals(List.of("exercises[0].exercisedOn: option 1 exercised on 2025-12-01 must not be before the start 2026-01-01"),
                rules(e));
    }

    @Test
    void anExerciseBeforeTheEarlierExerciseIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> threePlusOnePlusOne().exercise(1, d("2027-03-01")).exercise(2, d("2027-02-01")));
        assertEquals(List.of("exercises[1].exercisedOn: option 2 exercised on 2027-02-01 must not be before option 1's"
                + " exercise on 2027-03-01"), rules(e));
    }

    @Test
    void anOptionThatDoesNotExistIsRefused() {
        ContractTerm term = ContractTerm.of(d("2026-01-01"), Period.ofYears(3), LifecycleFixtures.oneYearSixMonthsNotice());
        ValidationException e = assertThrows(ValidationException.class,
                () -> term.exercise(1, d("2027-01-01")).exercise(2, d("2028-01-01")));
        assertEquals(List.of("exercises[1].optionNumber: option 2 cannot be exercised: the term has only 1 extension option"),
                rules(e));
        assertThrows(ValidationException.class, () -> term.deadline(2));
        assertThrows(ValidationException.class, () -> term.endDateAfter(2));
    }

    @Test
    void aNoticePeriodReachingBeforeTheStartIsRefused() {
        // 6 months initial → end 2026-06-30; 1 year's notice → deadline 2025-06-30, before the start
        ValidationException e = assertThrows(ValidationException.class, () -> ContractTerm.of(d("2026-01-01"),
                Period.ofMonths(6), ExtensionOption.of(Period.ofYears(1), Period.ofYears(1))));
        assertEquals(List.of("extensionOptions[0].noticePeriod: option 1's deadline 2025-06-30 (P1Y before the end 2026-06-30)"
                + " falls before the start 2026-01-01"), rules(e));
    }

    @Test
    void theInitialDurationMustBePositive() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ContractTerm.of(d("2026-01-01"), Period.ZERO));
        assertEquals(List.of("initialDuration: initial duration P0D must be positive"), rules(e));
    }

    @Test
    void aMissingStartOrDurationHidesNoOtherViolation() {
        // no start beside a zero duration, or no duration beside a start in the year -999999999: both named at once
        // (before: the missing attribute alone)
        ValidationException noStart = assertThrows(ValidationException.class,
                () -> ContractTerm.builder().initialDuration(Period.ZERO).build());
        assertEquals(List.of("startDate: startDate is required: null is not allowed",
                "initialDuration: initial duration P0D must be positive"), rules(noStart));
        assertEquals("ContractTerm", noStart.subject());
        ValidationException noDuration = assertThrows(ValidationException.class,
                () -> ContractTerm.builder().startDate(LocalDate.MIN).build());
        assertEquals(List.of("initialDuration: initialDuration is required: null is not allowed",
                "startDate: startDate -999999999-01-01 must lie in the years 1900 to 9999"), rules(noDuration));
        // an option's deadline needs the start: without it the deadline is not judged (6 months' term, 1 year's
        // notice would reach before any start), and nothing else is named
        ValidationException noDeadline = assertThrows(ValidationException.class, () -> ContractTerm.of(null,
                Period.ofMonths(6), ExtensionOption.of(Period.ofYears(1), Period.ofYears(1))));
        assertEquals(List.of("startDate: startDate is required: null is not allowed"), rules(noDeadline));
    }

    @Test
    void endsAreComputedFromTheStartWithSummedDurations() {
        // 2026-01-01 + 3 years + 1 year = 2030-01-01, − 1 day = 2029-12-31
        ContractTerm term = threePlusOnePlusOne();
        assertEquals(Period.ofYears(4), term.durationAfter(1));
        assertEquals(d("2029-12-31"), term.endDateAfter(1));
        assertEquals(d("2029-06-30"), term.deadline(2));
    }
}
