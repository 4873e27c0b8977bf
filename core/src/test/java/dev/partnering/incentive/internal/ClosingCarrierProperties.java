package dev.partnering.incentive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.ThoroughTries;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The closing balance's carrier ({@code Closing.Carrier}, through the carried period's trusted maker) carries an
 * earlier period exactly as the builder path ({@code Closing.carry}) does: the same value (equal, same text and
 * hash) or the same refusal. The periods mix outcomes with and without amounts, credit lines (negative, zero,
 * positive), earn-back and other lines, repeated component ids, charges that are negative, unrounded or in
 * another currency, and net limits; the statuses and scores of scorecards are covered by the closing
 * checksum of {@code ResultChecksum} and by {@code CarriedPeriodMakerProperties}.
 */
@AddLifecycleHook(ThoroughTries.class)
class ClosingCarrierProperties {

    private static final ReportingPeriod MAY = ReportingPeriod.parse("2026-05");

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.of("0", "-12.50", "12.50", "-3.00", "0.00", "-0.005", "7").flatMap(a -> Arbitraries.of("SEK",
                "SEK", "SEK", "SEK", "SEK", "EUR").map(c -> Money.of(a, c)));
    }

    @Provide
    Arbitrary<ComponentOutcome> outcomes() {
        Arbitrary<OutcomeLine> line = Combinators.combine(Arbitraries.of("credit", "credit", "earn-back", "supplier"),
                Arbitraries.of("kpi-01", "kpi-02", "bad id"), Arbitraries.of("-5.00", "0", "5.00", "-1.25"))
                .as((kind, kpi, a) -> switch (kind) {
                    case "credit" -> OutcomeLine.credit(kpi, Money.of(a, "SEK"));
                    case "earn-back" -> OutcomeLine.earnBack(kpi, MAY.plus(-1), Money.of(a, "SEK"));
                    default -> OutcomeLine.supplierPart(Money.of(a, "SEK"));
                });
        return Combinators.combine(Arbitraries.of("pool", "tiers", "pool", "bonus"), Arbitraries.of("0", "-12.50", "12.50",
                "-3.00", "0.00"), line.list().ofMaxSize(3)).as((id, a, lines) -> {
                    try {
                        return new ComponentOutcome(id, "x", MAY, Money.of(a, "SEK"), lines, List.of(),
                                Step.of(StepKind.RESULT, "r"));
                    } catch (RuntimeException e) {
                        return new ComponentOutcome(id, "x", MAY, Money.of(a, "SEK"), List.of(), List.of(),
                                Step.of(StepKind.RESULT, "r"));
                    }
                });
    }

    @Property
    void theCarrierCarriesWhatTheBuilderCarries(@ForAll @Size(max = 3) List<@From("outcomes") ComponentOutcome> outcomes,
            @ForAll("amounts") Money fee, @ForAll boolean withFee, @ForAll boolean limited) {
        Money gross = Money.zero(Money.currency("SEK"));
        for (ComponentOutcome o : outcomes) {
            gross = gross.plus(o.amount());
        }
        NetLimits limits = limited ? new NetLimits(Optional.of(Money.of("-10.00", "SEK")), Optional.empty()) : NetLimits.none();
        IncentivePeriod inputs = IncentivePeriod.builder().period(MAY).build();
        PastPeriod past = new PastPeriod(inputs, withFee ? Optional.of(fee) : Optional.empty(), new ArrayList<>(outcomes),
                gross, limits);
        String expected = carried(() -> Closing.carry(past));
        String actual = carried(() -> new Closing.Carrier().carry(past));
        Statistics.label("outcome").collect(expected.startsWith("refused") ? "refused" : "carried");
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").percentage(p -> p > 10);
            c.check("carried").percentage(p -> p > 10);
        });
        assertEquals(expected, actual);
    }

    /** @return the value's text and hash, or the refusal's type and message */
    private static String carried(java.util.function.Supplier<Object> carry) {
        try {
            Object p = carry.get();
            return p + " #" + p.hashCode();
        } catch (RuntimeException e) {
            return "refused " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
