package dev.partnering.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class ReportingPeriodTest {

    private static ReportingPeriod p(String text) {
        return ReportingPeriod.parse(text);
    }

    private static List<ReportingPeriod> ps(String... texts) {
        return Arrays.stream(texts).map(ReportingPeriodTest::p).toList();
    }

    @Nested
    class Parsing {

        @Test
        void parsesAMonth() {
            ReportingPeriod march = p("2026-03");
            assertEquals(Granularity.MONTH, march.granularity());
            assertEquals(2026, march.year());
            assertEquals(YearMonth.of(2026, 3), march.firstMonth());
            assertEquals(ReportingPeriod.month(2026, 3), march);
            assertEquals("2026-03", march.toString());
        }

        @Test
        void parsesAQuarter() {
            ReportingPeriod q1 = p("2026-Q1");
            assertEquals(Granularity.QUARTER, q1.granularity());
            assertEquals(ReportingPeriod.quarter(2026, 1), q1);
            assertEquals("2026-Q1", q1.toString());
        }

        @Test
        void parsesAYear() {
            ReportingPeriod y = p("2026");
            assertEquals(Granularity.YEAR, y.granularity());
            assertEquals(ReportingPeriod.year(2026), y);
            assertEquals("2026", y.toString());
        }

        @Test
        void trimsSurroundingWhitespace() {
            assertEquals(ReportingPeriod.month(2026, 3), p(" 2026-03\t"));
        }

        @Test
        void printsSmallYearsWithFourDigits() {
            assertEquals("0005-Q2", ReportingPeriod.quarter(5, 2).toString());
            assertEquals(ReportingPeriod.quarter(5, 2), p("0005-Q2"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "2026-3", "2026-003", "26", "20260", "2026/03", "2026-q1", "2026-Q", "2026-Q10",
                "2026-W10", "2026-03-01", "Q1-2026", "march 2026", "+2026", "-2026"})
        void rejectsOtherSyntaxNamingTheThreeForms(String text) {
            ValidationException e = assertThrows(ValidationException.class, () -> p(text));
            assertEquals(List.of(Violation.of("period", text, "period '" + text
                    + "' is not a month (2026-03), a quarter (2026-Q1) or a year (2026)")), e.violations());
        }

        @ParameterizedTest(name = "{0}: {2}")
        @CsvSource(delimiter = '|', value = {
                "2026-13 | month   | month 13 must be between 1 and 12",
                "2026-00 | month   | month 0 must be between 1 and 12",
                "2026-Q0 | quarter | quarter 0 must be between 1 and 4",
                "2026-Q5 | quarter | quarter 5 must be between 1 and 4",
                "0000    | year    | year 0 must be between 1 and 9999",
                "0000-Q1 | year    | year 0 must be between 1 and 9999"})
        void rejectsOutOfRangeFields(String text, String path, String rule) {
            ValidationException e = assertThrows(ValidationException.class, () -> p(text));
            assertEquals(1, e.violations().size());
            assertEquals(path, e.violations().get(0).path());
            assertEquals(rule, e.violations().get(0).rule());
            assertTrue(e.getMessage().contains(rule), e.getMessage());
        }

        @Test
        void reportsBothFieldsWhenBothAreOutOfRange() {
            ValidationException e = assertThrows(ValidationException.class, () -> p("0000-13"));
            assertEquals(List.of("year", "month"), e.violations().stream().map(Violation::path).toList());
        }

        @Test
        void factoriesCheckTheirRanges() {
            assertThrows(ValidationException.class, () -> ReportingPeriod.month(10000, 1));
            assertThrows(ValidationException.class, () -> ReportingPeriod.month(2026, 13));
            assertThrows(ValidationException.class, () -> ReportingPeriod.quarter(2026, 0));
            assertThrows(ValidationException.class, () -> ReportingPeriod.year(-1));
            assertEquals("9999-12", ReportingPeriod.month(9999, 12).toString());
            assertEquals("0001", ReportingPeriod.year(1).toString());
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest(name = "{0}: {1} to {2}")
        @CsvSource({
                "2026-03, 2026-03-01, 2026-03-31",
                "2026-04, 2026-04-01, 2026-04-30",
                "2026-02, 2026-02-01, 2026-02-28",
                "2024-02, 2024-02-01, 2024-02-29", // leap year
                "2000-02, 2000-02-01, 2000-02-29", // divisible by 400: leap
                "2100-02, 2100-02-01, 2100-02-28", // divisible by 100 only: not leap
                "2026-Q1, 2026-01-01, 2026-03-31",
                "2026-Q2, 2026-04-01, 2026-06-30",
                "2026-Q3, 2026-07-01, 2026-09-30",
                "2026-Q4, 2026-10-01, 2026-12-31",
                "2026, 2026-01-01, 2026-12-31"})
        void startAndEndAreTheFirstAndLastDayInclusive(String period, LocalDate start, LocalDate end) {
            assertEquals(start, p(period).start());
            assertEquals(end, p(period).end());
        }

        @Test
        void firstAndLastMonth() {
            assertEquals(YearMonth.of(2026, 4), p("2026-Q2").firstMonth());
            assertEquals(YearMonth.of(2026, 6), p("2026-Q2").lastMonth());
            assertEquals(YearMonth.of(2026, 12), p("2026").lastMonth());
            assertEquals(YearMonth.of(2026, 3), p("2026-03").lastMonth());
        }

        @Test
        void containsDatesFromStartToEndInclusive() {
            ReportingPeriod q1 = p("2026-Q1");
            assertTrue(q1.contains(LocalDate.of(2026, 1, 1)));
            assertTrue(q1.contains(LocalDate.of(2026, 3, 31)));
            assertFalse(q1.contains(LocalDate.of(2025, 12, 31)));
            assertFalse(q1.contains(LocalDate.of(2026, 4, 1)));
        }

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
                "MONTH, 2026-05-17, 2026-05",
                "QUARTER, 2026-05-17, 2026-Q2",
                "QUARTER, 2026-03-31, 2026-Q1",
                "QUARTER, 2026-10-01, 2026-Q4",
                "YEAR, 2026-05-17, 2026"})
        void findsThePeriodContainingADate(Granularity g, LocalDate date, String expected) {
            assertEquals(p(expected), ReportingPeriod.containing(g, date));
        }

        @Test
        void monthOfAYearMonth() {
            assertEquals(p("2024-02"), ReportingPeriod.month(YearMonth.of(2024, 2)));
        }
    }

    @Nested
    class Ordering {

        @Test
        void ordersByStartThenFinerFirst() {
            List<ReportingPeriod> periods = new ArrayList<>(ps("2026", "2026-02", "2026-Q1", "2025-12", "2026-01", "2026-Q2", "2025"));
            Collections.shuffle(periods, new java.util.Random(42));
            Collections.sort(periods);
            assertEquals(ps("2025", "2025-12", "2026-01", "2026-Q1", "2026", "2026-02", "2026-Q2"), periods);
        }

        @Test
        void aMonthAQuarterAndAYearStartingTogetherAreNotEqual() {
            assertNotEquals(p("2026-01"), p("2026-Q1"));
            assertNotEquals(p("2026-Q1"), p("2026"));
            assertTrue(p("2026-01").compareTo(p("2026-Q1")) < 0);
            assertTrue(p("2026-Q1").compareTo(p("2026")) < 0);
        }

        @Test
        void equalPeriodsAreEqualAndHashAlike() {
            assertEquals(p("2026-Q3"), ReportingPeriod.quarter(2026, 3));
            assertEquals(p("2026-Q3").hashCode(), ReportingPeriod.quarter(2026, 3).hashCode());
            assertEquals(0, p("2026-Q3").compareTo(ReportingPeriod.quarter(2026, 3)));
            assertNotEquals(p("2026-Q3"), "2026-Q3");
        }

        @Test
        void theMonthsOfASeriesSpreadOverAHashTable() {
            // a HashMap of 64 buckets (36 months and the one before, as a scorecard series keeps them) indexes
            // by (h ^ h >>> 16) & 63; with YearMonth's hash the months of a year all shared one bucket (3 in all)
            java.util.Set<Integer> buckets = new java.util.HashSet<>();
            for (ReportingPeriod m = p("2025-12"); !m.equals(p("2029-01")); m = m.next()) {
                int h = m.hashCode();
                buckets.add((h ^ h >>> 16) & 63);
            }
            assertTrue(buckets.size() >= 20, "37 months in only " + buckets.size() + " of 64 buckets");
        }
    }

    @Nested
    class Containment {

        @Test
        void aQuarterContainsItsMonthsOnly() {
            assertTrue(p("2026-Q1").contains(p("2026-01")));
            assertTrue(p("2026-Q1").contains(p("2026-03")));
            assertFalse(p("2026-Q1").contains(p("2026-04")));
            assertFalse(p("2026-Q1").contains(p("2025-12")));
        }

        @Test
        void aYearContainsItsQuartersAndMonths() {
            assertTrue(p("2026").contains(p("2026-Q4")));
            assertTrue(p("2026").contains(p("2026-12")));
            assertFalse(p("2026").contains(p("2027-01")));
        }

        @Test
        void aPeriodContainsItselfButNotACoarserOne() {
            assertTrue(p("2026-03").contains(p("2026-03")));
            assertFalse(p("2026-01").contains(p("2026-Q1")));
            assertFalse(p("2026-Q1").contains(p("2026")));
        }
    }

    @Nested
    class Splitting {

        @Test
        void aQuarterIntoItsThreeMonths() {
            assertEquals(ps("2026-04", "2026-05", "2026-06"), p("2026-Q2").split(Granularity.MONTH));
        }

        @Test
        void aYearIntoQuartersOrMonths() {
            assertEquals(ps("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), p("2026").split(Granularity.QUARTER));
            List<ReportingPeriod> months = p("2026").split(Granularity.MONTH);
            assertEquals(12, months.size());
            assertEquals(p("2026-01"), months.get(0));
            assertEquals(p("2026-12"), months.get(11));
        }

        @Test
        void intoItsOwnGranularityIsItself() {
            assertEquals(ps("2026-03"), p("2026-03").split(Granularity.MONTH));
            assertEquals(ps("2026-Q3"), p("2026-Q3").split(Granularity.QUARTER));
            assertEquals(ps("2026"), p("2026").split(Granularity.YEAR));
        }

        @Test
        void notIntoACoarserGranularity() {
            ValidationException e = assertThrows(ValidationException.class, () -> p("2026-Q1").split(Granularity.YEAR));
            assertEquals(List.of(Violation.of("granularity", Granularity.YEAR,
                    "cannot split 2026-Q1 (QUARTER) into YEAR periods, which are coarser")), e.violations());
            assertThrows(ValidationException.class, () -> p("2026-03").split(Granularity.QUARTER));
        }

        @Test
        void theResultIsUnmodifiable() {
            assertThrows(UnsupportedOperationException.class, () -> p("2026").split(Granularity.QUARTER).clear());
        }
    }

    @Nested
    class Stepping {

        @ParameterizedTest(name = "{0} -> next {1}")
        @CsvSource({
                "2026-03, 2026-04",
                "2026-12, 2027-01",
                "2026-Q1, 2026-Q2",
                "2026-Q4, 2027-Q1",
                "2026, 2027"})
        void nextCrossesYearBoundaries(String period, String next) {
            assertEquals(p(next), p(period).next());
            assertEquals(p(period), p(next).previous());
        }

        @Test
        void previousCrossesYearBoundaries() {
            assertEquals(p("2025-12"), p("2026-01").previous());
            assertEquals(p("2025-Q4"), p("2026-Q1").previous());
            assertEquals(p("2025"), p("2026").previous());
        }

        @Test
        void movesByManyPeriods() {
            // 2026-03 - 13 months = 2025-02; 2026-Q1 + 7 quarters = 2027-Q4
            assertEquals(p("2025-02"), p("2026-03").plus(-13));
            assertEquals(p("2027-Q4"), p("2026-Q1").plus(7));
            assertEquals(p("2026-Q1"), p("2026-Q1").plus(0));
        }

        @Test
        void refusesToLeaveTheYearsOneTo9999() {
            ValidationException e = assertThrows(ValidationException.class, () -> p("9999-12").next());
            assertEquals(List.of(Violation.of("period", "9999-12", "moving 9999-12 by 1 periods leaves the years 1 to 9999")),
                    e.violations());
            assertThrows(ValidationException.class, () -> p("0001-Q1").previous());
            assertThrows(ValidationException.class, () -> p("0001").previous());
        }

        @ParameterizedTest
        @ValueSource(longs = {120_000L, -120_000L, 1_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 3})
        void refusesHugeStepsWithTheSameError(long periods) {
            for (String period : List.of("2026-03", "2026-Q1", "2026")) {
                ValidationException e = assertThrows(ValidationException.class, () -> p(period).plus(periods));
                assertTrue(e.getMessage().contains("leaves the years 1 to 9999"), e.getMessage());
            }
        }
    }
}
