package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import dev.partnering.ThoroughTries;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * A period's gross summed in {@code long}s ({@code IncentiveCalculator.gross}) is the general path's
 * ({@code grossInOrder}: zero plus every amount, in order): the same value at the same scale, so the same text.
 */
@AddLifecycleHook(ThoroughTries.class)
class GrossInLongsProperties {

    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2027-01");
    private static final Step STEP = Step.of(StepKind.RESULT, "amount");

    /** Amounts of one currency: mostly at its minor unit, small or near a long's bounds, zero, or at a coarser scale. */
    @Provide
    Arbitrary<List<Long>> units() {
        Arbitrary<Long> unscaled = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(-10_000_000L, 10_000_000L)),
                Tuple.of(3, Arbitraries.just(0L)), Tuple.of(1, Arbitraries.longs()),
                Tuple.of(1, Arbitraries.of(999_999_999_999_999_999L, -999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
                        Long.MAX_VALUE, Long.MIN_VALUE + 1)));
        return unscaled.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void theGrossInLongsIsTheGrossInOrder(@ForAll("units") List<Long> units,
            @ForAll @Size(min = 6, max = 6) List<@IntRange(min = -2, max = 16) Integer> scaleOffsets,
            @ForAll("currencies") Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        int n = units.size();
        ComponentOutcome[] made = new ComponentOutcome[n + 1]; // one spare slot: n, not the array's length, counts
        for (int i = 0; i < n; i++) {
            // mostly the minor unit's scale; a coarser one at times, where the currency has one (a rounded amount has
            // at most the minor unit's digits)
            int scale = Math.max(0, digits + Math.min(0, scaleOffsets.get(i)));
            Money amount = Money.of(BigDecimal.valueOf(units.get(i), scale), currency);
            made[i] = new ComponentOutcome("c" + i, "test", PERIOD, amount, List.of(), List.of(), STEP);
        }
        Money zero = Money.zero(currency);
        Money expected = IncentiveCalculator.grossInOrder(made, n, zero);
        Money actual = IncentiveCalculator.gross(made, n, zero);
        assertEquals(expected, actual);
        assertEquals(expected.amount(), actual.amount(), "value and scale"); // BigDecimal.equals compares the scale
        assertEquals(expected.toString(), actual.toString());
        long nonZero = units.stream().filter(u -> u != 0).count();
        boolean allAtMinorUnit = true;
        for (int i = 0; i < n; i++) {
            allAtMinorUnit &= made[i].amount().amount().scale() == digits;
        }
        Statistics.label("path").collect(!allAtMinorUnit ? "other scale" : nonZero >= 2 ? "summed" : "at most one");
        Statistics.label("path").coverage(cov -> {
            cov.check("summed").percentage(p -> p > 20);
            cov.check("at most one").percentage(p -> p > 5);
            cov.check("other scale").percentage(p -> p > 5);
        });
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("SEK", "EUR", "JPY", "BHD").map(Currency::getInstance);
    }

    /**
     * Many amounts of the minor unit, each of the most digits a long path takes (18): from the tenth on their sum
     * leaves a long, and the general path decides.
     */
    @Property
    void aSumBeyondALongIsTheGrossInOrder(@ForAll @IntRange(min = 2, max = 12) int n, @ForAll boolean negative) {
        Currency sek = Currency.getInstance("SEK");
        ComponentOutcome[] made = new ComponentOutcome[n];
        for (int i = 0; i < n; i++) {
            long u = negative ? -999_999_999_999_999_999L + i : 999_999_999_999_999_999L - i;
            made[i] = new ComponentOutcome("c" + i, "test", PERIOD, Money.of(BigDecimal.valueOf(u, 2), sek), List.of(),
                    List.of(), STEP);
        }
        Money zero = Money.zero(sek);
        Money expected = IncentiveCalculator.grossInOrder(made, n, zero);
        assertEquals(expected.amount(), IncentiveCalculator.gross(made, n, zero).amount());
        Statistics.label("sum").collect(n >= 10 ? "beyond a long" : "within a long");
        Statistics.label("sum").coverage(cov -> cov.check("beyond a long").percentage(p -> p > 10));
    }
}
