package dev.partnering.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class FeeScheduleTest {

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    private static PeriodFee fee(String period, String amount) {
        return PeriodFee.of(ReportingPeriod.parse(period), sek(amount));
    }

    private static ReportingPeriod p(String period) {
        return ReportingPeriod.parse(period);
    }

    private static List<String> paths(ValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    private final FeeSchedule monthly2026 = FeeSchedule.monthly(sek("250000.00"), YearMonth.of(2026, 1), YearMonth.of(2026, 12));

    @Test
    void monthlyHasOneFeePerMonthInclusive() {
        assertEquals(12, monthly2026.fees().size());
        assertEquals(p("2026-01"), monthly2026.fees().get(0).period());
        assertEquals(p("2026-12"), monthly2026.fees().get(11).period());
        assertEquals(Optional.of(Money.currency("SEK")), monthly2026.currency());
    }

    @Test
    void theFeeForAMonthIsItsEntry() {
        assertEquals(Optional.of(sek("250000.00")), monthly2026.feeFor(p("2026-03")));
    }

    @Test
    void theFeeForAQuarterIsTheSumOfItsMonths() {
        // 3 × 250,000.00 = 750,000.00
        assertEquals(Optional.of(sek("750000.00")), monthly2026.feeFor(p("2026-Q1")));
        Money sumOfMonths = p("2026-Q3").split(dev.partnering.period.Granularity.MONTH).stream()
                .map(m -> monthly2026.feeFor(m).orElseThrow()).reduce(Money::plus).orElseThrow();
        assertEquals(sumOfMonths, monthly2026.feeFor(p("2026-Q3")).orElseThrow());
    }

    @Test
    void theFeeForAYearIsTheSumOfItsMonths() {
        // 12 × 250,000.00 = 3,000,000.00
        assertEquals(Optional.of(sek("3000000.00")), monthly2026.feeFor(p("2026")));
    }

    @Test
    void aPartlyCoveredPeriodSumsTheEntriesItHas() {
        FeeSchedule s = FeeSchedule.monthly(sek("100.00"), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        // 2026-Q1 has only February and March: 2 × 100.00
        assertEquals(Optional.of(sek("200.00")), s.feeFor(p("2026-Q1")));
    }

    @Test
    void noFeeOutsideTheSchedule() {
        assertEquals(Optional.empty(), monthly2026.feeFor(p("2027-01")));
        assertEquals(Optional.empty(), monthly2026.feeFor(p("2025")));
    }

    @Test
    void aMonthOfAQuarterlyFeeIsItsProRataShare() {
        FeeSchedule quarterly = FeeSchedule.builder().addFees(fee("2026-Q1", "300000.00"), fee("2026-Q2", "330000.00")).build();
        // 300,000.00 × 1/3 = 100,000.00 after rounding; 330,000.00 × 1/3 = 110,000.00
        assertEquals(sek("100000.00"), quarterly.feeFor(p("2026-02")).orElseThrow().rounded());
        assertEquals(sek("110000.00"), quarterly.feeFor(p("2026-05")).orElseThrow().rounded());
        // the half year is the sum of the two quarters
        assertEquals(Optional.of(sek("630000.00")), quarterly.feeFor(p("2026")));
    }

    @Test
    void aQuarterOfAYearlyFeeIsAQuarter() {
        FeeSchedule yearly = FeeSchedule.builder().addFees(fee("2026", "1200000.00")).build();
        // 1,200,000.00 × 3/12 = 300,000.00
        assertEquals(sek("300000.00"), yearly.feeFor(p("2026-Q2")).orElseThrow());
    }

    @Test
    void feesAreSortedByPeriod() {
        FeeSchedule s = FeeSchedule.builder().addFees(fee("2026-03", "3"), fee("2026-01", "1"), fee("2026-Q2", "4"), fee("2026-02", "2"))
                .build();
        assertEquals(List.of(p("2026-01"), p("2026-02"), p("2026-03"), p("2026-Q2")),
                s.fees().stream().map(PeriodFee::period).toList());
        assertEquals(s, FeeSchedule.builder().addFees(fee("2026-01", "1"), fee("2026-02", "2"), fee("2026-03", "3"),
                fee("2026-Q2", "4")).build());
    }

    @Test
    void adjacentPeriodsOfDifferentGranularityDoNotOverlap() {
        FeeSchedule s = FeeSchedule.builder().addFees(fee("2026-Q1", "3"), fee("2026-04", "1"), fee("2026-Q3", "3"), fee("2027", "12"))
                .build();
        assertEquals(4, s.fees().size());
    }

    @Test
    void twoFeesForTheSamePeriodOverlap() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> FeeSchedule.builder().addFees(fee("2026-03", "1"), fee("2026-03", "2")).build());
        assertEquals(1, e.violations().size());
        assertEquals("fee periods 2026-03 and 2026-03 overlap", e.violations().get(0).rule());
    }

    @Test
    void aMonthInsideAFeeQuarterOverlaps() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> FeeSchedule.builder().addFees(fee("2026-02", "1"), fee("2026-Q1", "3")).build());
        // paths are the builder's indexes: the month was added first, the quarter second
        assertEquals(List.of(Violation.of("fees[0].period", p("2026-02"), "fee periods 2026-Q1 and 2026-02 overlap")),
                e.violations());
    }

    @Test
    void everyOverlapIsReportedNotOnlyWithTheNeighbour() {
        // 2026 overlaps both 2026-02 and 2026-05, though 2026-02 and 2026-05 do not overlap each other
        ValidationException e = assertThrows(ValidationException.class,
                () -> FeeSchedule.builder().addFees(fee("2026", "12"), fee("2026-02", "1"), fee("2026-05", "1")).build());
        assertEquals(List.of("fee periods 2026 and 2026-02 overlap", "fee periods 2026 and 2026-05 overlap"),
                e.violations().stream().map(Violation::rule).toList());
        assertEquals(List.of("fees[1].period", "fees[2].period"), paths(e));
    }

    @Test
    void allFeesAreInOneCurrency() {
        ValidationException e = assertThrows(ValidationException.class, () -> FeeSchedule.builder()
                .addFees(fee("2026-03", "1"), fee("2026-01", "1"), PeriodFee.of(p("2026-02"), Money.of("1", "EUR"))).build());
        // the schedule's currency is that of its earliest fee; the path is the EUR fee's index in the builder
        assertEquals(List.of(Violation.of("fees[2].amount", Money.of("1", "EUR"), "fee for 2026-02 is in EUR, the schedule is in SEK")),
                e.violations());
    }

    @Test
    void reportsCurrencyAndOverlapTogether() {
        ValidationException e = assertThrows(ValidationException.class, () -> FeeSchedule.builder()
                .addFees(fee("2026-01", "1"), PeriodFee.of(p("2026-01"), Money.of("1", "EUR"))).build());
        assertEquals(List.of("fees[1].amount", "fees[1].period"), paths(e));
        assertTrue(e.getMessage().startsWith("FeeSchedule is invalid (2 violations):"), e.getMessage());
    }

    @Test
    void theEmptyScheduleHasNoCurrencyAndNoFees() {
        assertTrue(FeeSchedule.empty().fees().isEmpty());
        assertEquals(Optional.empty(), FeeSchedule.empty().currency());
        assertEquals(Optional.empty(), FeeSchedule.empty().feeFor(p("2026")));
    }

    @Test
    void aFeeIsNotNegative() {
        ValidationException e = assertThrows(ValidationException.class, () -> fee("2026-01", "-1.00"));
        assertEquals(List.of(Violation.of("amount", sek("-1.00"), "fee for 2026-01 must not be negative, was -1.00 SEK")),
                e.violations());
        assertEquals(sek("0"), fee("2026-01", "0").amount());
    }

    @Test
    void aFeeWithoutPeriodIsJudgedForItsAmountToo() {
        // a missing period and a negative amount, or one finer than the öre: both named at once; the rule
        // reads "fee" for want of a period (before: the period alone was named)
        ValidationException negative = assertThrows(ValidationException.class, () -> PeriodFee.of(null, sek("-1.00")));
        assertEquals("PeriodFee", negative.subject());
        assertEquals(List.of(Violation.of("period", null, "period is required: null is not allowed"),
                Violation.of("amount", sek("-1.00"), "fee must not be negative, was -1.00 SEK")), negative.violations());
        // 100.001 SEK: three decimals, SEK has two
        ValidationException fine = assertThrows(ValidationException.class, () -> PeriodFee.of(null, sek("100.001")));
        assertEquals(List.of(Violation.of("period", null, "period is required: null is not allowed"),
                Violation.of("amount", "100.001 SEK", "fee 100.001 SEK has more decimals than SEK allows (2): an amount that is"
                        + " paid or bounds a payment is stated in minor units")), fine.violations());
        // an amount beyond the bounds is named for its bounds alone: its sign is not judged
        ValidationException huge = assertThrows(ValidationException.class, () -> PeriodFee.of(null, sek("-1e18")));
        assertEquals(List.of("period", "amount"), huge.violations().stream().map(Violation::path).toList());
        assertTrue(huge.violations().get(1).rule().contains("out of bounds"), huge.getMessage());
    }

    @Test
    void aProRataShareIsTheExactShareRoundedOnceToTheMinorUnit() {
        // 100.00 a quarter: a month is 100.00 / 3 = 33.333… → 33.33; 1000.00 a year: a quarter 250.00, a month
        // 1000.00 / 12 = 83.333… → 83.33; 300000.45 a quarter: a month 100000.15 exactly (a 16-digit share of 1/3 gave
        // 100000.1499…); 0.05 a quarter: 0.0166… → 0.02
        FeeSchedule quarterly = FeeSchedule.builder().addFees(fee("2026-Q1", "100.00"), fee("2026-Q2", "300000.45"),
                fee("2026-Q3", "0.05")).build();
        assertEquals(Optional.of(sek("33.33")), quarterly.feeFor(p("2026-02")));
        assertEquals(Optional.of(sek("100000.15")), quarterly.feeFor(p("2026-05")));
        assertEquals(Optional.of(sek("0.02")), quarterly.feeFor(p("2026-08")));
        FeeSchedule yearly = FeeSchedule.builder().addFees(fee("2026", "1000.00")).build();
        assertEquals(Optional.of(sek("250.00")), yearly.feeFor(p("2026-Q3")));
        assertEquals(Optional.of(sek("83.33")), yearly.feeFor(p("2026-12")));
    }
}
