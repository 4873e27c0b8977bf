package dev.partnering.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.Fixtures;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of whole incentive schemes over the fixture agreement's three KPIs, and of the
 * inputs of one month: measurements, breach events and a cost outcome. Every money amount of a
 * case can be multiplied by a factor, for the scale invariant.
 */
final class SchemeArbitraries {

    static final String MONTH = "2026-01";

    private SchemeArbitraries() {
    }

    /** The parameters of a scheme, kept as numbers so the scheme can be rebuilt at any scale. */
    record SchemeSpec(Optional<BigDecimal[]> gainShare, Optional<BigDecimal[]> pool, boolean poolAtMinimum,
            Optional<BigDecimal[]> tiers, Optional<BigDecimal[]> curve, Optional<BigDecimal[]> penalty,
            Optional<BigDecimal> floorPercent, Optional<BigDecimal> capPercent) {

        IncentiveScheme build(BigDecimal k) {
            IncentiveScheme.Builder b = IncentiveScheme.builder();
            gainShare.ifPresent(g -> b.addComponents(GainShare.builder().id("gain")
                    .tier(sek(BigDecimal.ZERO), g[0].toPlainString()).tier(sek(g[1].multiply(k)), g[2].toPlainString())
                    .cap(sek(g[3].multiply(k))).painSharePercent(g[4]).painCap(sek(g[5].multiply(k))).build()));
            pool.ifPresent(p -> b.addComponents(AtRiskPool.builder().id("pool").atRiskPercent(p[0])
                    .allocate(Fixtures.AVAILABILITY, p[1].toPlainString()).allocate(Fixtures.INCIDENT_RESPONSE, p[2].toPlainString())
                    .allocate(Fixtures.TICKET_SLA, p[3].toPlainString())
                    .trigger(poolAtMinimum ? CreditTrigger.BELOW_MINIMUM : CreditTrigger.BELOW_TARGET).build()));
            tiers.ifPresent(t -> b.addComponents(ServiceCreditTiers.builder().id("tiers").kpiId(Fixtures.AVAILABILITY)
                    .direction(Direction.HIGHER_IS_BETTER).band("99.8", t[0].toPlainString())
                    .band("99.0", t[0].add(t[1]).toPlainString()).periodCapPercent(t[2]).build()));
            curve.ifPresent(c -> b.addComponents(BonusMalusCurve.builder().id("curve")
                    .point("0.8", c[0].negate().toPlainString()).point("0.8", "0").point("1.0", "0")
                    .point("1.2", c[1].toPlainString()).build()));
            penalty.ifPresent(p -> b.addComponents(Penalty.builder().id("late").basis(Penalty.Basis.PER_UNIT)
                    .rate(sek(p[0].multiply(k))).periodCap(Bound.of(sek(p[1].multiply(k)))).build()));
            floorPercent.ifPresent(f -> b.floor(Bound.percentOfFee(f)));
            capPercent.ifPresent(c -> b.cap(Bound.percentOfFee(c)));
            return b.build();
        }

        int componentCount() {
            int n = 0;
            for (Optional<?> o : List.of(gainShare, pool, tiers, curve, penalty)) {
                n += o.isPresent() ? 1 : 0;
            }
            return n;
        }
    }

    /** One month's inputs, with money given in units so it can be scaled. */
    record MonthSpec(BigDecimal availability, BigDecimal response, int slaWithin, int slaAll, BigDecimal fee,
            BigDecimal baseline, BigDecimal actual, List<BigDecimal> delays) {

        List<Measurement> measurements() {
            return List.of(Fixtures.measurement(Fixtures.AVAILABILITY, MONTH, availability.toPlainString()),
                    Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, MONTH, response.toPlainString()),
                    Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, MONTH, String.valueOf(slaWithin), String.valueOf(slaAll)));
        }

        List<BreachEvent> events() {
            List<BreachEvent> events = new ArrayList<>();
            for (int i = 0; i < delays.size(); i++) {
                events.add(BreachEvent.builder().id("e" + i).penaltyId("late").date(LocalDate.of(2026, 1, 1 + i))
                        .units(delays.get(i)).build());
            }
            return events;
        }

        CostOutcome cost(BigDecimal k) {
            return CostOutcome.of(sek(baseline.multiply(k)), sek(actual.multiply(k)));
        }

        MonthSpec withAvailability(BigDecimal a) {
            return new MonthSpec(a, response, slaWithin, slaAll, fee, baseline, actual, delays);
        }

        MonthSpec withResponse(BigDecimal r) {
            return new MonthSpec(availability, r, slaWithin, slaAll, fee, baseline, actual, delays);
        }

        MonthSpec withSlaWithin(int within) {
            return new MonthSpec(availability, response, within, slaAll, fee, baseline, actual, delays);
        }

        MonthSpec withActual(BigDecimal a) {
            return new MonthSpec(availability, response, slaWithin, slaAll, fee, baseline, a, delays);
        }
    }

    static Money sek(BigDecimal amount) {
        return Money.of(amount, Fixtures.SEK);
    }

    private static Arbitrary<BigDecimal> decimals(String min, String max, int scale) {
        return Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(scale);
    }

    static Arbitrary<SchemeSpec> schemes() {
        Arbitrary<Optional<BigDecimal[]>> gain = Combinators.combine(decimals("0", "100", 0), decimals("1000", "500000", 2),
                decimals("0", "100", 0), decimals("0", "300000", 2), decimals("0", "100", 0), decimals("0", "200000", 2))
                .as((a, b, c, d, e, f) -> new BigDecimal[] {a, b, c, d, e, f}).optional(0.6);
        Arbitrary<Optional<BigDecimal[]>> pool = Combinators.combine(decimals("1", "20", 1), decimals("1", "80", 0),
                decimals("1", "80", 0), decimals("1", "80", 0)).as((a, b, c, d) -> new BigDecimal[] {a, b, c, d}).optional(0.6);
        Arbitrary<Optional<BigDecimal[]>> tiers = Combinators.combine(decimals("0", "5", 1), decimals("0", "5", 1),
                decimals("0", "10", 1)).as((a, b, c) -> new BigDecimal[] {a, b, c}).optional(0.5);
        Arbitrary<Optional<BigDecimal[]>> curve = Combinators.combine(decimals("0", "10", 1), decimals("0", "10", 1))
                .as((a, b) -> new BigDecimal[] {a, b}).optional(0.6);
        Arbitrary<Optional<BigDecimal[]>> penalty = Combinators.combine(decimals("0", "5000", 2), decimals("0", "50000", 2))
                .as((a, b) -> new BigDecimal[] {a, b}).optional(0.5);
        Arbitrary<Optional<BigDecimal>> floor = decimals("0", "30", 0).optional(0.5);
        Arbitrary<Optional<BigDecimal>> cap = decimals("0", "30", 0).optional(0.5);
        return Combinators.combine(gain, pool, Arbitraries.of(true, false), tiers, curve, penalty, floor, cap)
                .as(SchemeSpec::new);
    }

    static Arbitrary<MonthSpec> months() {
        Arbitrary<BigDecimal> availability = decimals("97", "100", 2);
        Arbitrary<BigDecimal> response = decimals("0", "12", 1);
        Arbitrary<int[]> sla = Arbitraries.integers().between(1, 400)
                .flatMap(all -> Arbitraries.integers().between(0, all).map(within -> new int[] {within, all}));
        Arbitrary<BigDecimal> fee = decimals("1000", "1000000", 2);
        Arbitrary<BigDecimal> cost = decimals("0", "2000000", 2);
        Arbitrary<List<BigDecimal>> delays = decimals("0", "30", 0).list().ofMaxSize(4);
        return Combinators.combine(availability, response, sla, fee, cost, cost, delays)
                .as((a, r, s, f, b, c, d) -> new MonthSpec(a, r, s[0], s[1], f, b, c, d));
    }
}
