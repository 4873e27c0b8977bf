package dev.partnering.term;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ContractTermFoundationProperties {

    private static ContractTerm term(LocalDate start, Period initial) {
        return ContractTerm.builder().startDate(start).initialDuration(initial).build();
    }

    @Property
    void theTermEndsTheDayBeforeTheAnniversaryOrOnTheLastDayOfItsMonth(
            @ForAll("starts") LocalDate start, @ForAll @IntRange(min = 0, max = 5) int years,
            @ForAll @IntRange(min = 0, max = 23) int months) {
        if (years == 0 && months == 0) {
            return;
        }
        LocalDate end = term(start, Period.of(years, months, 0)).initialEndDate();
        LocalDate clamped = start.plus(Period.of(years, months, 0));
        // either the day before the (possibly clamped) anniversary, or that clamped last day of the month itself
        assertTrue(end.equals(clamped.minusDays(1))
                || end.equals(clamped) && clamped.getDayOfMonth() == clamped.lengthOfMonth(), () -> start + " -> " + end);
    }

    @Property
    void contractYearsFollowEachOtherWithoutGapOrOverlapAndLast365Or366Days(
            @ForAll("starts") LocalDate start, @ForAll @IntRange(min = 1, max = 8) int years) {
        LocalDate previousEnd = term(start, Period.ofYears(years)).initialEndDate();
        LocalDate end = term(start, Period.ofYears(years + 1)).initialEndDate();
        long days = ChronoUnit.DAYS.between(previousEnd, end);
        assertTrue(days == 365 || days == 366, () -> start + ": year " + (years + 1) + " has " + days + " days");
    }

    @Property
    void optionsExtendTheLatestEndByTheirDuration(@ForAll("starts") LocalDate start,
            @ForAll @IntRange(min = 1, max = 5) int initialYears, @ForAll @IntRange(min = 0, max = 3) int options) {
        ContractTerm.Builder b = ContractTerm.builder().startDate(start).initialDuration(Period.ofYears(initialYears));
        for (int i = 0; i < options; i++) {
            b.addExtensionOptions(ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)));
        }
        assertTrue(b.build().latestEndDate().equals(term(start, Period.ofYears(initialYears + options)).initialEndDate()));
    }

    @Provide
    Arbitrary<LocalDate> starts() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 1)));
    }
}
