package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.partnering.ThoroughTries;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.IncentiveFixtures;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.internal.PeriodContext;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The incentive calculator's shortcuts for what a period's statement repeats, against the general path they
 * stand for: the one customer's share taken as the amount itself ({@code IncentiveCalculator.wholeShare})
 * is the scheme's split of it, value and scale; the floor and cap kept per fee ({@code LimitsMemo}) are the
 * limits resolved for each period, or the same refusal.
 */
@AddLifecycleHook(ThoroughTries.class)
class StatementShortcutsProperties {

    private static final Agreement AGREEMENT = IncentiveFixtures.agreement(IncentiveFixtures.noIncentives());

    @Provide
    Arbitrary<Money> amounts() {
        Arbitrary<Long> unscaled = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(-100_000_000L, 100_000_000L)),
                Tuple.of(1, Arbitraries.longs()), Tuple.of(1, Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE,
                        999_999_999_999_999_999L, 1_000_000_000_000_000_000L)));
        // mostly at the currency's minor unit (as components round), else below or above it
        Arbitrary<Integer> offsets = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(-3, 3)));
        Arbitrary<Currency> currencies = Arbitraries.of("JPY", "SEK", "BHD", "CLF").map(Currency::getInstance);
        return Combinators.combine(unscaled, offsets, currencies).as((u, o, c) ->
                Money.of(BigDecimal.valueOf(u, c.getDefaultFractionDigits() + o), c));
    }

    /**
     * Where the shortcut gives a share, the scheme's split gives one share, to the one customer, equal to it with the
     * same scale (so its text is the same); it gives none for a consortium or weighted customers.
     */
    @Property
    void theWholeShareIsTheSchemesSplit(@ForAll("amounts") Money amount, @ForAll boolean weighted,
            @ForAll @Size(min = 1, max = 3) List<@net.jqwik.api.From("customers") String> customerIds, @ForAll boolean one) {
        List<String> customers = one ? customerIds.subList(0, 1) : customerIds.stream().distinct().toList();
        IncentiveScheme.Builder b = IncentiveScheme.builder()
                .addComponents(Penalty.builder().id("none").rate(Money.of("0", "SEK")).build());
        if (weighted) {
            customers.forEach(c -> b.putCustomerWeights(c, BigDecimal.ONE));
        }
        IncentiveScheme scheme = b.build();
        Money whole = IncentiveCalculator.wholeShare(scheme, amount, customers);
        Statistics.label("shortcut").collect(whole != null ? "whole" : "split");
        Statistics.label("shortcut").coverage(cov -> {
            cov.check("whole").percentage(p -> p > 10);
            cov.check("split").percentage(p -> p > 20);
        });
        if (whole == null) {
            return;
        }
        assertEquals(1, customers.size());
        assertEquals(false, weighted);
        Map<String, Money> split = scheme.splitAmongCustomers(amount, customers);
        assertEquals(Map.of(customers.get(0), whole), split);
        assertEquals(split.get(customers.get(0)).amount().scale(), whole.amount().scale());
        assertEquals(split.get(customers.get(0)).toString(), whole.toString());
    }

    @Provide
    Arbitrary<String> customers() {
        return Arbitraries.of("customer", "region-north", "region-south");
    }

    @Provide
    Arbitrary<Optional<Bound>> bounds() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.empty())),
                Tuple.of(1, Arbitraries.of("0", "100", "5000.5", "20000.00").map(a -> Optional.of(Bound.of(Money.of(a, "SEK"))))),
                Tuple.of(3, Arbitraries.of("15", "10", "12.5", "0.001", "100").map(p -> Optional.of(Bound.percentOfFee(new BigDecimal(p))))));
    }

    /** Fees that repeat, at several scales of one value, in another currency, negative, or absent. */
    @Provide
    Arbitrary<Optional<Money>> fees() {
        return Arbitraries.of("250000.00 SEK", "250000.0 SEK", "250000 SEK", "100000.00 SEK", "33333.33 SEK", "0.05 SEK",
                "250000.00 EUR", "-100.00 SEK", "").map(f -> f.isEmpty() ? Optional.<Money>empty()
                        : Optional.of(Money.of(f.split(" ")[0], f.split(" ")[1])));
    }

    /**
     * Over a calculation's periods in order, the memo gives each period the limits {@code IncentiveCalculator.limits}
     * resolves for it (equal, with the same text: the same scales), or throws the same exception.
     */
    @Property
    void theMemoGivesEachPeriodItsOwnLimits(@ForAll("bounds") Optional<Bound> floor, @ForAll("bounds") Optional<Bound> cap,
            @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("fees") Optional<Money>> fees) {
        IncentiveScheme.Builder b = IncentiveScheme.builder()
                .addComponents(Penalty.builder().id("none").rate(Money.of("0", "SEK")).build());
        floor.ifPresent(b::floor);
        cap.ifPresent(b::cap);
        IncentiveScheme scheme = b.build();
        IncentiveCalculator.LimitsMemo memo = new IncentiveCalculator.LimitsMemo(scheme);
        ReportingPeriod period = ReportingPeriod.parse("2027-01");
        List<String> kept = new ArrayList<>();
        for (Optional<Money> fee : fees) {
            PeriodContext context = new PeriodContext(AGREEMENT, IncentivePeriod.builder().period(period).build(), fee, List.of());
            String expected = outcome(() -> IncentiveCalculator.limits(scheme, context));
            String actual = outcome(() -> memo.of(context));
            assertEquals(expected, actual, () -> "fees " + fees + " at " + context.period());
            if (!actual.startsWith("refused")) {
                assertEquals(actual, String.valueOf(memo.last()));
            }
            kept.add(actual);
            period = period.plus(1);
        }
        Statistics.label("limits").collect(kept.stream().anyMatch(k -> k.startsWith("refused")) ? "some refused" : "all resolved");
        Statistics.label("limits").coverage(cov -> {
            cov.check("some refused").percentage(p -> p > 5);
            cov.check("all resolved").percentage(p -> p > 20);
        });
    }

    private static String outcome(Supplier<NetLimits> limits) {
        try {
            return String.valueOf(limits.get());
        } catch (RuntimeException e) {
            return "refused " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
