package dev.partnering.incentive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.NetLimits;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The calculator's shared list of earlier periods is the list it replaces: each prefix handed out
 * equals {@code List.copyOf} of the periods added until then, and stays so as more are added; finding
 * a period (by binary search when the periods ascend, by a scan otherwise) gives what
 * {@link IncentiveContext#earlier(ReportingPeriod)} finds in a plain list: the first equal period, or
 * none. Periods are months and quarters of two years, in order or not, repeated or not.
 */
class PastListProperties {

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 12).flatMap(m -> Arbitraries.of(2025, 2026).map(y -> ReportingPeriod.month(y, m))),
                Arbitraries.integers().between(1, 4).map(q -> ReportingPeriod.quarter(2026, q)));
    }

    @Property
    void prefixesAndLookUpsAreThoseOfAPlainList(@ForAll @Size(max = 30) List<@From("periods") ReportingPeriod> added,
            @ForAll @Size(min = 1, max = 5) List<@From("periods") ReportingPeriod> sought, @ForAll boolean sortFirst) {
        List<ReportingPeriod> order = new ArrayList<>(added);
        if (sortFirst) {
            order = order.stream().distinct().sorted().toList();
        }
        PastList.Growing growing = new PastList.Growing(order.size() / 2);
        List<IncentiveContext.Past> plain = new ArrayList<>();
        List<PastList> prefixes = new ArrayList<>();
        List<List<IncentiveContext.Past>> expected = new ArrayList<>();
        for (ReportingPeriod p : order) {
            prefixes.add(growing.snapshot());
            expected.add(List.copyOf(plain));
            IncentiveContext.Past past = past(p);
            growing.add(past);
            plain.add(past);
        }
        prefixes.add(growing.snapshot());
        expected.add(List.copyOf(plain));
        for (int i = 0; i < prefixes.size(); i++) {
            PastList prefix = prefixes.get(i);
            assertEquals(expected.get(i), prefix);
            assertEquals(expected.get(i).hashCode(), prefix.hashCode());
            for (ReportingPeriod p : sought) {
                // the very same element, not only an equal one
                assertSame(scan(expected.get(i), p).orElse(null), prefix.find(p).orElse(null), () -> p + " in " + prefix);
            }
        }
        Statistics.label("order").collect(sortFirst ? "ascending" : "as drawn");
    }

    @Property(tries = 1)
    void nullIsNotLookedFor() {
        PastList list = new PastList.Growing(0).add(past(ReportingPeriod.month(2026, 1))).snapshot();
        assertThrows(NullPointerException.class, () -> list.contains(null));
        assertThrows(NullPointerException.class, () -> List.copyOf(list).contains(null));
    }

    private static Optional<IncentiveContext.Past> scan(List<IncentiveContext.Past> list, ReportingPeriod period) {
        for (IncentiveContext.Past p : list) {
            if (p.period().equals(period)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static IncentiveContext.Past past(ReportingPeriod p) {
        return new PastPeriod(IncentivePeriod.builder().period(p).build(), Optional.empty(), List.of(), Money.of("0", "SEK"),
                NetLimits.none());
    }
}
