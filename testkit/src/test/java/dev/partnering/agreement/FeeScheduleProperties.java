package dev.partnering.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import dev.partnering.money.Money;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.PartneringArbitraries;
import dev.partnering.testkit.ThoroughTries;

@AddLifecycleHook(ThoroughTries.class)
class FeeScheduleProperties {

    /** Twelve monthly fees of 2026, each 0.00 to 1,000,000.00 SEK. */
    @Provide
    Arbitrary<List<PeriodFee>> monthlyFees() {
        return PartneringArbitraries.money().in("SEK").list().ofSize(12).map(amounts -> {
            List<PeriodFee> fees = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                fees.add(PeriodFee.of(ReportingPeriod.month(2026, m + 1), amounts.get(m)));
            }
            return fees;
        });
    }

    @Property(tries = 300)
    void aPeriodsFeeIsTheSumOfItsMonths(@ForAll("monthlyFees") List<PeriodFee> fees) {
        FeeSchedule s = FeeSchedule.builder().addAllFees(fees).build();
        for (ReportingPeriod period : List.of(ReportingPeriod.year(2026), ReportingPeriod.quarter(2026, 2))) {
            Money sum = period.split(Granularity.MONTH).stream().map(m -> s.feeFor(m).orElseThrow())
                    .reduce(Money::plus).orElseThrow();
            assertEquals(sum, s.feeFor(period).orElseThrow());
        }
    }

    /**
     * Schedules of months, quarters and years from 2025 to 2027 with gaps between them, 0.00 to 1,000,000.00 SEK each:
     * from each month on, a gap of one month, a monthly fee, or (where the month starts one) a quarterly or yearly fee.
     */
    @Provide
    Arbitrary<List<PeriodFee>> mixedFees() {
        return net.jqwik.api.Combinators.combine(net.jqwik.api.Arbitraries.integers().between(0, 3).list().ofSize(36),
                PartneringArbitraries.money().in("SEK").list().ofSize(36)).as((choices, amounts) -> {
                    List<PeriodFee> fees = new ArrayList<>();
                    java.time.YearMonth m = java.time.YearMonth.of(2025, 1);
                    for (int i = 0; m.getYear() < 2028; i++) {
                        int choice = choices.get(i);
                        if (choice == 3 && m.getMonthValue() == 1) {
                            fees.add(PeriodFee.of(ReportingPeriod.year(m.getYear()), amounts.get(i)));
                            m = m.plusMonths(12);
                        } else if (choice >= 2 && m.getMonthValue() % 3 == 1) {
                            fees.add(PeriodFee.of(ReportingPeriod.quarter(m.getYear(), (m.getMonthValue() + 2) / 3),
                                    amounts.get(i)));
                            m = m.plusMonths(3);
                        } else {
                            if (choice >= 1) {
                                fees.add(PeriodFee.of(ReportingPeriod.month(m), amounts.get(i)));
                            }
                            m = m.plusMonths(1);
                        }
                    }
                    return fees;
                });
    }

    /**
     * {@code feeFor} finds the entries by binary search: every month, quarter and year from 2024 to 2028 gets the fee a
     * scan of every entry gives (the sum of the entries within it, or the pro-rata share of the one containing it).
     */
    @Property(tries = 300)
    void theFeeOfEveryPeriodIsTheScansFee(@ForAll("mixedFees") List<PeriodFee> fees) {
        FeeSchedule s = FeeSchedule.builder().addAllFees(fees).build();
        for (int year = 2024; year <= 2028; year++) {
            List<ReportingPeriod> periods = new ArrayList<>();
            periods.add(ReportingPeriod.year(year));
            periods.addAll(ReportingPeriod.year(year).split(Granularity.QUARTER));
            periods.addAll(ReportingPeriod.year(year).split(Granularity.MONTH));
            for (ReportingPeriod period : periods) {
                assertEquals(scan(fees, period), s.feeFor(period), period.toString());
            }
        }
    }

    /** The fee as a scan of every entry computes it (the entries in order of their start). */
    private static java.util.Optional<Money> scan(List<PeriodFee> fees, ReportingPeriod period) {
        Money sum = null;
        for (PeriodFee f : fees) {
            if (period.contains(f.period())) {
                sum = sum == null ? f.amount() : sum.plus(f.amount());
            } else if (f.period().contains(period)) {
                return java.util.Optional.of(f.amount().multipliedBy(java.math.BigDecimal.valueOf(
                        period.granularity().months())).dividedBy(java.math.BigDecimal.valueOf(f.period().granularity().months())));
            }
        }
        return java.util.Optional.ofNullable(sum);
    }

    @Property(tries = 300)
    void theOrderFeesAreGivenInDoesNotMatter(@ForAll("monthlyFees") List<PeriodFee> fees, @ForAll long seed) {
        List<PeriodFee> shuffled = new ArrayList<>(fees);
        Collections.shuffle(shuffled, new Random(seed));
        FeeSchedule s = FeeSchedule.builder().addAllFees(shuffled).build();
        assertEquals(fees, s.fees());
        assertEquals(FeeSchedule.builder().addAllFees(fees).build(), s);
    }
}
