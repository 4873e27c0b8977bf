package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.partnering.ThoroughTries;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The calculator finds a period given twice by looking at the one before it in the sorted periods
 * ({@code IncentiveCalculator.givenBefore}): the same answer, at every index, as looking at every period before it
 * ({@code givenBeforeInOrder}), for periods sorted as the calculator sorts them, of one or several granularities.
 */
@AddLifecycleHook(ThoroughTries.class)
class GivenTwiceProperties {

    @Provide
    Arbitrary<List<ReportingPeriod>> periods() {
        // few distinct periods (so that many repeat), months, quarters and years starting in the same months
        return Arbitraries.of("2027-01", "2027-02", "2027-03", "2027-04", "2027-Q1", "2027-Q2", "2027", "2028-01", "2028")
                .map(ReportingPeriod::parse).list().ofMinSize(0).ofMaxSize(10);
    }

    @Property
    void aPeriodIsGivenBeforeWhereAnEqualOneComesEarlier(@ForAll("periods") List<ReportingPeriod> periods) {
        List<IncentivePeriod> sorted = new ArrayList<>();
        periods.forEach(p -> sorted.add(IncentivePeriod.builder().period(p).build()));
        sorted.sort((a, b) -> a.period().compareTo(b.period())); // as the calculator sorts them
        int twice = 0;
        for (int i = 0; i < sorted.size(); i++) {
            boolean expected = IncentiveCalculator.givenBeforeInOrder(sorted, i);
            assertEquals(expected, IncentiveCalculator.givenBefore(sorted, i), () -> "periods " + sorted);
            twice += expected ? 1 : 0;
        }
        Statistics.label("repeats").collect(twice == 0 ? "none" : twice == 1 ? "one" : "several");
        Statistics.label("repeats").coverage(cov -> {
            cov.check("none").percentage(p -> p > 5);
            cov.check("several").percentage(p -> p > 20);
        });
    }
}
