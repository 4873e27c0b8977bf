package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.partnering.ThoroughTries;
import dev.partnering.ValidationException;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * An opening balance's quick check ({@code plain()}, which lets the calculator's closing balance skip the
 * messages, the set of periods and the lambdas of the full check) accepts nothing the full check refuses: every
 * balance that is built passes the full check, so a balance the full check refuses is never plain. The inputs mix
 * periods in and out of order, repeated, of another granularity, not before the first period, in two currencies,
 * and streaks that agree or disagree with a carried status, so that both outcomes are drawn.
 */
@AddLifecycleHook(ThoroughTries.class)
class OpeningBalanceCheckProperties {

    private static final ReportingPeriod JULY = ReportingPeriod.parse("2026-07");

    @Provide
    Arbitrary<CarriedPeriod> periods() {
        Arbitrary<ReportingPeriod> period = Arbitraries.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
                "2026-07", "2026-Q1").map(ReportingPeriod::parse);
        Arbitrary<String> currency = Arbitraries.of("SEK", "SEK", "SEK", "SEK", "EUR", "none");
        Arbitrary<KpiStatus> status = Arbitraries.of(KpiStatus.MET, KpiStatus.BELOW_MINIMUM);
        return net.jqwik.api.Combinators.combine(period, currency, status).as((p, c, s) -> {
            CarriedPeriod.Builder b = CarriedPeriod.builder().period(p).putKpiStatuses("kpi-01", s);
            if (!c.equals("none")) {
                b.charge(Money.of("100.00", c));
            }
            return b.build();
        });
    }

    @Property
    void whatIsBuiltPassesTheFullCheck(@ForAll @Size(max = 5) List<@From("periods") CarriedPeriod> periods,
            @ForAll boolean sorted, @ForAll @Size(max = 1) List<KpiStatus> streak) {
        List<CarriedPeriod> given = sorted ? periods.stream().sorted(java.util.Comparator.comparing(CarriedPeriod::period))
                .toList() : periods;
        OpeningBalance.Builder b = OpeningBalance.builder().firstPeriod(JULY).addAllPeriods(given);
        streak.forEach(s -> b.streak("kpi-01", s, 2));
        OpeningBalance built;
        try {
            built = b.build();
        } catch (ValidationException refused) {
            Statistics.label("outcome").collect("refused");
            return;
        }
        Statistics.label("outcome").collect(built.plain() ? "plain" : "built by the full check");
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").percentage(p -> p > 20);
            c.check("plain").percentage(p -> p > 10);
            c.check("built by the full check").percentage(p -> p > 2);
        });
        assertDoesNotThrow(built::checkFully);
    }

    /** Each kind of break, alone, is refused: the quick check lets none of them through. */
    @Property
    void eachBreakIsRefused(@ForAll("breaks") OpeningBalance.Builder broken) {
        assertThrows(ValidationException.class, broken::build);
    }

    @Provide
    Arbitrary<OpeningBalance.Builder> breaks() {
        CarriedPeriod may = CarriedPeriod.builder().period(ReportingPeriod.parse("2026-05")).charge(Money.of("1.00", "SEK"))
                .putKpiStatuses("kpi-01", KpiStatus.MET).build();
        CarriedPeriod june = CarriedPeriod.builder().period(ReportingPeriod.parse("2026-06")).charge(Money.of("1.00", "EUR"))
                .build();
        CarriedPeriod july = CarriedPeriod.builder().period(JULY).build();
        CarriedPeriod q1 = CarriedPeriod.builder().period(ReportingPeriod.parse("2026-Q1")).build();
        return Arbitraries.<java.util.function.Supplier<OpeningBalance.Builder>>of(
                () -> OpeningBalance.builder().firstPeriod(JULY).addPeriods(may, may),
                () -> OpeningBalance.builder().firstPeriod(JULY).addPeriods(may, june),
                () -> OpeningBalance.builder().firstPeriod(JULY).addPeriods(july),
                () -> OpeningBalance.builder().firstPeriod(JULY).addPeriods(q1),
                () -> OpeningBalance.builder().firstPeriod(JULY).addPeriods(may).streak("kpi-01", KpiStatus.BELOW_MINIMUM, 3))
                .map(java.util.function.Supplier::get);
    }

    @Property(tries = 1)
    void aClosingBalanceIsPlain() {
        OpeningBalance b = OpeningBalance.builder().firstPeriod(JULY).addPeriods(
                CarriedPeriod.builder().period(ReportingPeriod.parse("2026-05")).charge(Money.of("1.00", "SEK")).build(),
                CarriedPeriod.builder().period(ReportingPeriod.parse("2026-06")).build()).build();
        assertTrue(b.plain(), "periods in order, before the first, in one currency, no streak");
    }
}
