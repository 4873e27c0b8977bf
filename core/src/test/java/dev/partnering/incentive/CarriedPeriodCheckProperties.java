package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.partnering.ThoroughTries;
import dev.partnering.ValidationException;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * A carried period's quick check ({@code plain()}, which lets the calculator's closing balance skip
 * the messages and sorted copies) accepts nothing the full check refuses: every period that is built
 * passes the full check, and a period the full check refuses is never plain. The inputs mix valid and
 * invalid ids, amounts with more decimals than the minor unit, negative charges, two currencies,
 * repeated credits and decimals out of bounds, so that both outcomes are drawn. The same holds for
 * {@link NetLimits}' quick check.
 */
@AddLifecycleHook(ThoroughTries.class)
class CarriedPeriodCheckProperties {

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.of("availability", "kpi-01", "service-credits", "a.b_c", "bad id", "-leading", "kpi-01");
    }

    @Provide
    Arbitrary<Money> amounts() {
        Arbitrary<BigDecimal> decimals = Arbitraries.of("0", "12.50", "-1500.00", "0.005", "7", "-3.1",
                "1234567890123456789012", "0.0000000000000000001").map(BigDecimal::new);
        return Arbitraries.of("SEK", "SEK", "SEK", "EUR").flatMap(c -> decimals.map(d -> Money.of(BigDecimal.ONE,
                java.util.Currency.getInstance(c)).multipliedBy(d)));
    }

    @Provide
    Arbitrary<Map<String, Money>> amountMaps() {
        return Arbitraries.maps(ids(), amounts()).ofMaxSize(3);
    }

    @Provide
    Arbitrary<Map<String, KpiStatus>> statuses() {
        return Arbitraries.maps(ids(), Arbitraries.of(KpiStatus.class)).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<CarriedCredit>> credits() {
        Arbitrary<CarriedCredit> credit = Arbitraries.of("service-credits", "pool").flatMap(c -> Arbitraries.of("kpi-01",
                "kpi-02").flatMap(k -> Arbitraries.of("1.00", "2.50", "0").flatMap(a -> Arbitraries.of("SEK", "SEK", "EUR")
                        .map(cur -> CarriedCredit.of(c, k, Money.of(a, cur))))));
        return credit.list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<NetLimits> limits() {
        return Arbitraries.of(NetLimits.none(), new NetLimits(java.util.Optional.of(Money.of("-10.00", "SEK")),
                java.util.Optional.of(Money.of("20.00", "SEK"))), new NetLimits(java.util.Optional.empty(),
                        java.util.Optional.of(Money.of("5", "EUR"))));
    }

    @Property
    void whatIsBuiltPassesTheFullCheck(@ForAll("amounts") Money charge, @ForAll boolean withCharge,
            @ForAll("amountMaps") Map<String, Money> amounts, @ForAll("statuses") Map<String, KpiStatus> statuses,
            @ForAll("credits") List<CarriedCredit> credits, @ForAll("limits") NetLimits limits,
            @ForAll @Size(max = 1) List<@net.jqwik.api.From("scores") BigDecimal> score) {
        CarriedPeriod.Builder b = CarriedPeriod.builder().period(ReportingPeriod.parse("2026-03")).putAllAmounts(amounts)
                .putAllKpiStatuses(statuses).addAllCredits(credits).limits(limits);
        if (withCharge) {
            b.charge(charge);
        }
        score.forEach(b::score);
        CarriedPeriod built;
        try {
            built = b.build();
        } catch (ValidationException refused) {
            Statistics.label("outcome").collect("refused");
            return;
        }
        Statistics.label("outcome").collect(built.plain() ? "plain" : "built by the full check");
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").percentage(p -> p > 20);
            c.check("plain").percentage(p -> p > 5);
        });
        assertDoesNotThrow(built::checkFully);
    }

    @Provide
    Arbitrary<BigDecimal> scores() {
        return Arbitraries.of("0.75", "1", "1E+30").map(BigDecimal::new);
    }

    /** Each kind of break, alone, is refused: the quick check lets none of them through. */
    @Property
    void eachBreakIsRefused(@ForAll("breaks") CarriedPeriod.Builder broken) {
        assertThrows(ValidationException.class, broken::build);
    }

    @Provide
    Arbitrary<CarriedPeriod.Builder> breaks() {
        ReportingPeriod march = ReportingPeriod.parse("2026-03");
        return Arbitraries.<java.util.function.Supplier<CarriedPeriod.Builder>>of(
                () -> CarriedPeriod.builder().period(march).charge(Money.of("-1.00", "SEK")),
                () -> CarriedPeriod.builder().period(march).charge(Money.of("1.005", "SEK")),
                () -> CarriedPeriod.builder().period(march).putAmounts("bad id", Money.of("1.00", "SEK")),
                () -> CarriedPeriod.builder().period(march).putAmounts("pool", Money.of("1.001", "SEK")),
                () -> CarriedPeriod.builder().period(march).putAmounts("pool", Money.of("1.00", "SEK"))
                        .putAmounts("other", Money.of("1.00", "EUR")),
                () -> CarriedPeriod.builder().period(march).putKpiStatuses("bad id", KpiStatus.MET),
                () -> CarriedPeriod.builder().period(march).credit("pool", "kpi-01", Money.of("1.00", "SEK"))
                        .credit("pool", "kpi-01", Money.of("2.00", "SEK")),
                () -> CarriedPeriod.builder().period(march).credit("pool", "kpi-01", Money.of("1.00", "SEK"))
                        .limits(new NetLimits(java.util.Optional.empty(), java.util.Optional.of(Money.of("5", "EUR")))),
                () -> CarriedPeriod.builder().period(march).score(new BigDecimal("1E+30")),
                () -> CarriedPeriod.builder().period(march).putAmounts("pool", Money.of(BigDecimal.ONE,
                        java.util.Currency.getInstance("SEK")).multipliedBy(new BigDecimal("1E+30"))))
                .map(java.util.function.Supplier::get);
    }

    @Provide
    Arbitrary<java.util.Optional<Money>> bounds() {
        return Arbitraries.of("-10.00", "0", "20.00", "0.005", "-0.001", "5").flatMap(a -> Arbitraries.of("SEK", "SEK", "EUR")
                .flatMap(c -> Arbitraries.of(java.util.Optional.<Money>empty(), java.util.Optional.of(Money.of(BigDecimal.ONE,
                        java.util.Currency.getInstance(c)).multipliedBy(new BigDecimal(a))))));
    }

    /** Net limits are checked the same way: whatever is built passes the full check, so the quick one lets nothing through. */
    @Property
    void limitsThatAreBuiltPassTheFullCheck(@ForAll("bounds") java.util.Optional<Money> lowest,
            @ForAll("bounds") java.util.Optional<Money> highest) {
        NetLimits built;
        try {
            built = new NetLimits(lowest, highest);
        } catch (ValidationException refused) {
            Statistics.label("outcome").collect("refused");
            return;
        }
        Statistics.label("outcome").collect("built");
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").percentage(p -> p > 10);
            c.check("built").percentage(p -> p > 10);
        });
        assertDoesNotThrow(() -> NetLimits.check(built.lowest(), built.highest()));
    }

    @Property(tries = 1)
    void aPlainPeriodIsPlain() {
        CarriedPeriod p = CarriedPeriod.builder().period(ReportingPeriod.parse("2026-03")).charge(Money.of("100.00", "SEK"))
                .putAmounts("pool", Money.of("-5.00", "SEK")).credit("pool", "kpi-01", Money.of("5.00", "SEK"))
                .putKpiStatuses("kpi-01", KpiStatus.BELOW_MINIMUM).build();
        assertTrue(p.plain(), "a period the calculator carries takes the quick check");
    }
}
