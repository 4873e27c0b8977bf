package dev.partnering.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;

class ContractTermFoundationTest {

    private static ContractTerm term(LocalDate start, Period initial, Period... options) {
        ContractTerm.Builder b = ContractTerm.builder().startDate(start).initialDuration(initial);
        for (Period o : options) {
            b.addExtensionOptions(ExtensionOption.of(o, Period.ofMonths(6)));
        }
        return b.build();
    }

    @Test
    void threePlusOnePlusOne() {
        // 2026-01-01 + 3 years = 2029-01-01, the day before is the last day: 2028-12-31
        // + 1 + 1 years: 2031-01-01, the day before: 2030-12-31
        ContractTerm t = term(LocalDate.of(2026, 1, 1), Period.ofYears(3), Period.ofYears(1), Period.ofYears(1));
        assertEquals(LocalDate.of(2028, 12, 31), t.initialEndDate());
        assertEquals(LocalDate.of(2030, 12, 31), t.latestEndDate());
        assertEquals(t, Fixtures.term());
    }

    @Test
    void withoutOptionsTheLatestEndIsTheInitialEnd() {
        ContractTerm t = term(LocalDate.of(2026, 1, 1), Period.ofYears(3));
        assertEquals(LocalDate.of(2028, 12, 31), t.latestEndDate());
        assertTrue(t.extensionOptions().isEmpty());
    }

    @Test
    void aStartMidMonth() {
        // 2026-03-15 + 2 years = 2028-03-15, ends 2028-03-14; + 6 months = 2028-09-15, ends 2028-09-14
        ContractTerm t = term(LocalDate.of(2026, 3, 15), Period.ofYears(2), Period.ofMonths(6));
        assertEquals(LocalDate.of(2028, 3, 14), t.initialEndDate());
        assertEquals(LocalDate.of(2028, 9, 14), t.latestEndDate());
    }

    @Test
    void optionsOfMonthsAddUpAcrossYears() {
        // 3 years + 18 months + 18 months = 6 years: 2026-01-01 .. 2031-12-31
        ContractTerm t = term(LocalDate.of(2026, 1, 1), Period.ofYears(3), Period.ofMonths(18), Period.ofMonths(18));
        assertEquals(LocalDate.of(2031, 12, 31), t.latestEndDate());
    }

    @ParameterizedTest(name = "{0} + {1}: last day {2}")
    @CsvSource({
            // the anniversary 2027-02-29 does not exist: the term ends on the last day of February
            "2024-02-29, P3Y, 2027-02-28",
            "2024-02-29, P1Y, 2025-02-28",
            // the anniversary 2028-02-29 exists: the term ends the day before it
            "2024-02-29, P4Y, 2028-02-28",
            // a year from 2023-03-01 includes the leap day 2024-02-29
            "2023-03-01, P1Y, 2024-02-29",
            "2024-02-28, P1Y, 2025-02-27",
            // a month from the 31st: 2026-02-31 does not exist, so the month ends on 2026-02-28
            "2026-01-31, P1M, 2026-02-28",
            "2026-01-30, P1M, 2026-02-28",
            "2026-01-28, P1M, 2026-02-27",
            "2026-03-31, P1M, 2026-04-30",
            "2026-01-01, P90D, 2026-03-31"})
    void endsTheDayBeforeTheAnniversaryOrOnTheLastDayOfAShortMonth(LocalDate start, Period initial, LocalDate end) {
        assertEquals(end, term(start, initial).initialEndDate());
    }

    @Test
    void aLeapDayStartWithThreePlusOnePlusOne() {
        // initial: 2027-02-29 does not exist -> 2027-02-28; latest: + 5 years = 2029-02-29 does not exist -> 2029-02-28
        ContractTerm t = term(LocalDate.of(2024, 2, 29), Period.ofYears(3), Period.ofYears(1), Period.ofYears(1));
        assertEquals(LocalDate.of(2027, 2, 28), t.initialEndDate());
        assertEquals(LocalDate.of(2029, 2, 28), t.latestEndDate());
        // with one option: + 4 years = 2028-02-29 exists -> the day before
        assertEquals(LocalDate.of(2028, 2, 28),
                term(LocalDate.of(2024, 2, 29), Period.ofYears(3), Period.ofYears(1)).latestEndDate());
    }

    @Test
    void theInitialDurationMustBePositive() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> term(LocalDate.of(2026, 1, 1), Period.ZERO));
        assertEquals(List.of(Violation.of("initialDuration", Period.ZERO, "initial duration P0D must be positive")),
                e.violations());
        assertThrows(ValidationException.class, () -> term(LocalDate.of(2026, 1, 1), Period.ofYears(-3)));
        assertThrows(ValidationException.class, () -> term(LocalDate.of(2026, 1, 1), Period.of(3, -1, 0)));
    }

    @Test
    void requiresStartAndInitialDuration() {
        dev.partnering.Refusals.assertPaths(() -> ContractTerm.builder().build(), "startDate", "initialDuration");
    }
}
