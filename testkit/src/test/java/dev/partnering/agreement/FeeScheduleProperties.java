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

    @Property(tries = 300)
    void theOrderFeesAreGivenInDoesNotMatter(@ForAll("monthlyFees") List<PeriodFee> fees, @ForAll long seed) {
        List<PeriodFee> shuffled = new ArrayList<>(fees);
        Collections.shuffle(shuffled, new Random(seed));
        FeeSchedule s = FeeSchedule.builder().addAllFees(shuffled).build();
        assertEquals(fees, s.fees());
        assertEquals(FeeSchedule.builder().addAllFees(fees).build(), s);
    }
}
