package dev.partnering.incentive;

import dev.partnering.ThoroughTries;
import dev.partnering.evaluation.IncentiveCalculator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.Fixtures;
import dev.partnering.Fraction;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.scorecard.ScorecardLine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The precision rule for money, against a reference in exact fractions: the period fee (a pro-rata
 * share of a coarser schedule entry), the pool, each credit line, the curve amount, the service credit
 * and its cap, the penalty (Σ exact charges) and the period cap, and the net floor and cap are each the exact
 * value of their formula over their declared (already rounded) inputs, rounded once, HALF_EVEN, to
 * the minor unit.
 */
@AddLifecycleHook(ThoroughTries.class)
class IncentivePrecisionProperties {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final String[] KPIS = {Fixtures.AVAILABILITY, Fixtures.INCIDENT_RESPONSE, Fixtures.TICKET_SLA};

    /** Generated inputs of one period. */
    record Case(Granularity period, Granularity entry, BigDecimal entryFee, BigDecimal atRisk, List<BigDecimal> allocations,
            BigDecimal[] curve, BigDecimal creditPercent, BigDecimal capPercent, BigDecimal rate, List<BigDecimal> units,
            BigDecimal floorPercent, BigDecimal[] measured) {
    }

    private static Money sek(BigDecimal amount) {
        return Money.of(amount, Fixtures.SEK);
    }

    private static BigDecimal money(Fraction exact) {
        return exact.round(2);
    }

    private static Fraction f(BigDecimal d) {
        return Fraction.of(d);
    }

    private static Fraction f(Money m) {
        return Fraction.of(m.amount());
    }

    @Property(tries = 200)
    void everyAmountIsItsExactValueRoundedOnceToTheMinorUnit(@ForAll("cases") Case c) {
        ReportingPeriod period = ReportingPeriod.containing(c.period(), START);
        ReportingPeriod entry = ReportingPeriod.containing(c.entry(), START);
        AtRiskPool.Builder pb = AtRiskPool.builder().id("pool").atRiskPercent(c.atRisk());
        for (int i = 0; i < c.allocations().size(); i++) {
            pb.putAllocations(KPIS[i], c.allocations().get(i));
        }
        AtRiskPool pool = pb.build();
        BonusMalusCurve curve = BonusMalusCurve.builder().id("curve").addPoints(CurvePoint.of(c.curve()[0], c.curve()[1]),
                CurvePoint.of(c.curve()[2], c.curve()[3])).build();
        ServiceCreditTiers tiers = ServiceCreditTiers.builder().id("tiers").kpiId(Fixtures.AVAILABILITY)
                .addBands(CreditBand.of(new BigDecimal("99.5"), c.creditPercent()))
                .periodCapPercent(c.capPercent()).build();
        Penalty penalty = Penalty.builder().id("late").basis(Penalty.Basis.PER_UNIT).rate(sek(c.rate()))
                .periodCap(Bound.percentOfFee(c.capPercent())).build();
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(pool, curve, tiers, penalty)
                .floor(Bound.percentOfFee(c.floorPercent())).cap(Bound.percentOfFee(c.floorPercent())).build();
        Agreement a = IncentiveFixtures.agreement(scheme)
                .withFeeSchedule(FeeSchedule.builder().addFees(PeriodFee.of(entry, sek(c.entryFee()))).build());
        List<Measurement> ms = measurements(c.measured());
        List<BreachEvent> events = new ArrayList<>();
        for (int i = 0; i < c.units().size(); i++) {
            events.add(BreachEvent.builder().id("e" + i).penaltyId("late").date(START.plusDays(i)).units(c.units().get(i)).build());
        }
        PeriodStatement s = IncentiveCalculator.standard().calculate(a, scheme, List.of(period), ms, events, Map.of())
                .periods().get(0);
        Scorecard card = ScorecardCalculator.standard().calculate(a, period, ms);

        // the period fee: entry × months of the period / months of the entry
        Fraction fee = f(money(f(c.entryFee()).times(Fraction.of(c.period().months())).over(Fraction.of(c.entry().months()))));
        assertMoney(fee, s.fee().orElseThrow(), "period fee");
        // the pool and the credit lines, each from the rounded pool
        Fraction p = f(money(fee.times(f(c.atRisk())).over(Fraction.HUNDRED)));
        assertMoney(p, pool.pool(s.fee().get()), "pool");
        List<Fraction> lines = new ArrayList<>();
        Fraction credits = Fraction.ZERO;
        for (int i = 0; i < c.allocations().size(); i++) {
            ScorecardLine line = card.line(KPIS[i]).orElseThrow();
            if (line.attainment().orElseThrow().compareTo(BigDecimal.ONE) < 0) {
                Fraction credit = f(money(p.times(f(c.allocations().get(i))).over(Fraction.HUNDRED)));
                lines.add(credit);
                credits = credits.plus(credit);
            }
        }
        ComponentOutcome poolOutcome = s.outcome("pool").orElseThrow();
        if (credits.compareTo(p) <= 0) {
            for (int i = 0; i < lines.size(); i++) {
                assertMoney(lines.get(i).negate(), poolOutcome.lines().get(i).amount(), "credit line " + i);
            }
            assertMoney(credits.negate(), poolOutcome.amount(), "credits");
        } else {
            assertMoney(p.negate(), poolOutcome.amount(), "credits capped at the pool");
        }
        // the curve amount, from the declared score: fee × y(score) / 100 with y exact
        Fraction y = curveValue(c.curve(), f(card.score().orElseThrow()));
        assertMoney(f(money(fee.times(y).over(Fraction.HUNDRED))), s.outcome("curve").orElseThrow().amount(), "curve amount");
        // the service credit and its period cap, each rounded from the fee
        Fraction cap = f(money(fee.times(f(c.capPercent())).over(Fraction.HUNDRED)));
        assertMoney(cap, Bound.percentOfFee(c.capPercent()).resolve(s.fee().get()), "period cap");
        BigDecimal availability = card.line(Fixtures.AVAILABILITY).orElseThrow().value().orElseThrow();
        Fraction credit = availability.compareTo(new BigDecimal("99.5")) < 0
                ? f(money(fee.times(f(c.creditPercent())).over(Fraction.HUNDRED))).min(cap) : Fraction.ZERO;
        assertMoney(credit.negate(), s.outcome("tiers").orElseThrow().amount(), "service credit");
        // the penalty: Σ units × rate exact, within the period cap, rounded once
        Fraction charges = Fraction.ZERO;
        for (BigDecimal u : c.units()) {
            charges = charges.plus(f(u).times(f(c.rate())));
        }
        Fraction pen = c.units().isEmpty() ? Fraction.ZERO : charges.min(cap);
        assertMoney(pen.negate(), s.outcome("late").orElseThrow().amount(), "penalty");
        // the net within the floor and cap, each fee × percent rounded
        Fraction limit = f(money(fee.times(f(c.floorPercent())).over(Fraction.HUNDRED)));
        Fraction gross = f(s.gross());
        Fraction net = gross.compareTo(limit.negate()) < 0 ? limit.negate() : gross.compareTo(limit) > 0 ? limit : gross;
        assertMoney(net, s.net(), "net");
    }

    private static void assertMoney(Fraction expected, Money actual, String what) {
        BigDecimal e = expected.round(2);
        assertEquals(0, e.compareTo(actual.amount()), what + ": expected " + e + ", was " + actual);
        assertEquals(true, actual.isRounded(), what + " " + actual + " has more decimals than the minor unit");
    }

    /** y(score) by DOMAIN.md: linear between the two points, flat outside. */
    private static Fraction curveValue(BigDecimal[] pts, Fraction score) {
        Fraction s0 = f(pts[0]);
        Fraction s1 = f(pts[2]);
        if (score.compareTo(s0) < 0) {
            return f(pts[1]);
        }
        if (score.compareTo(s1) >= 0) {
            return f(pts[3]);
        }
        return f(pts[1]).plus(score.minus(s0).over(s1.minus(s0)).times(f(pts[3]).minus(f(pts[1]))));
    }

    private static List<Measurement> measurements(BigDecimal[] m) {
        return List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-01", m[0].toPlainString()),
                Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, "2026-01", m[1].toPlainString()),
                Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, "2026-01", m[2].toPlainString(), m[3].toPlainString()));
    }

    private static Arbitrary<BigDecimal> decimal(String low, String high, int maxScale) {
        return Arbitraries.integers().between(0, maxScale).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal(low), new BigDecimal(high)).ofScale(scale));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Granularity[]> grains = Arbitraries.of(new Granularity[] {Granularity.MONTH, Granularity.MONTH},
                new Granularity[] {Granularity.MONTH, Granularity.QUARTER}, new Granularity[] {Granularity.MONTH, Granularity.YEAR},
                new Granularity[] {Granularity.QUARTER, Granularity.YEAR}, new Granularity[] {Granularity.QUARTER, Granularity.QUARTER});
        Arbitrary<BigDecimal> fees = Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("100000000")).ofScale(2);
        Arbitrary<BigDecimal> percents = decimal("1", "100", 3);
        Arbitrary<BigDecimal[]> curves = Combinators.combine(decimal("0", "1", 3), decimal("0", "1", 3), decimal("-10", "0", 4),
                decimal("0", "10", 4)).as((s0, ds, v0, v1) -> new BigDecimal[] {s0, s0.add(ds).add(new BigDecimal("0.001")), v0, v1})
                .map(p -> new BigDecimal[] {p[0], p[2], p[1], p[3]});
        Arbitrary<BigDecimal[]> measured = Combinators.combine(decimal("98", "100", 4), decimal("1", "10", 3),
                decimal("0", "100", 0), decimal("0", "10", 0)).as((av, ir, n, extra) -> new BigDecimal[] {av, ir, n, n.add(extra)
                        .max(BigDecimal.ONE)});
        Arbitrary<List<BigDecimal>> units = decimal("0", "20", 2).list().ofMaxSize(4);
        return Combinators.combine(grains, fees, percents, percents.list().ofMinSize(1).ofMaxSize(3), curves,
                Combinators.combine(decimal("0", "30", 3), decimal("0", "30", 3), decimal("0", "5000", 4), units)
                        .as((cr, cap, rate, u) -> new Object[] {cr, cap, rate, u}),
                decimal("0", "30", 3), measured).as((g, fee, atRisk, alloc, curve, pen, floor, m) -> {
                    @SuppressWarnings("unchecked")
                    List<BigDecimal> u = (List<BigDecimal>) pen[3];
                    return new Case(g[0], g[1], fee, atRisk, alloc, curve, (BigDecimal) pen[0], (BigDecimal) pen[1],
                            (BigDecimal) pen[2], u, floor, m);
                });
    }
}
