package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.partnering.evaluation.StatementScenarios.*;

import dev.partnering.evaluation.StatementScenarios.Case;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Movement;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The same statement by every entry point, and the invariants. */
@net.jqwik.api.lifecycle.AddLifecycleHook(dev.partnering.ThoroughTries.class)
class StatementEntryPointsProperties {

    @Property(tries = 1000, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void everyEntryPointGivesTheSameStatement(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int currency,
            @ForAll @IntRange(min = 1, max = 16) int months, @ForAll boolean table, @ForAll boolean extras) {
        Case c = make(seed, currency, months, false, extras);
        IncentiveCalculator calc = IncentiveCalculator.standard();
        List<IncentivePeriod> all = inputs(c, c.periods, table);
        IncentiveStatement whole = calc.calculate(c.agreement, c.scheme, all);
        String expected = figures(whole);
        net.jqwik.api.statistics.Statistics.label("earnBack").collect(expected.contains("EARN_BACK") || expected.contains("earn-back") || expected.contains("earnBack"));
        net.jqwik.api.statistics.Statistics.label("rolling").collect(expected.contains("ROLLING"));
        net.jqwik.api.statistics.Statistics.label("year").collect(expected.contains("CONTRACT_YEAR"));
        net.jqwik.api.statistics.Statistics.label("periods").collect(all.size() > 8 ? "long" : "short");
        net.jqwik.api.statistics.Statistics.label("chain").collect(!(!c.feesAsSchedule && c.yearCapPct != null));
        // shuffled
        List<IncentivePeriod> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(expected, figures(calc.calculate(c.agreement, c.scheme, shuffled)), "shuffled");
        // from raw measurements, list and table, when no fee is given
        if (c.givenFees.isEmpty()) {
            assertEquals(expected, figures(calc.calculate(c.agreement, c.scheme, c.periods, c.measurements, c.events, c.costs)), "raw list");
            assertEquals(expected, figures(calc.calculate(c.agreement, c.scheme, c.periods, MeasurementTable.of(c.measurements),
                    c.events, c.costs)), "raw table");
        }
        if (!c.feesAsSchedule && c.yearCapPct != null) {
            return; // later fees given differently: the continuation cannot know them (documented)
        }
        // one period at a time
        IncentiveStatement chain = calc.calculate(c.agreement, c.scheme, all.subList(0, 1));
        for (int i = 1; i < all.size(); i++) {
            chain = calc.continueFrom(c.agreement, c.scheme, chain, all.get(i));
        }
        assertEquals(expected, figures(chain), "continueFrom chain");
        assertEquals(whole.closingBalance(), chain.closingBalance(), "closing balance of the chain");
        // split anywhere
        for (int k = 1; k < all.size(); k++) {
            IncentiveStatement first = calc.calculate(c.agreement, c.scheme, all.subList(0, k));
            IncentiveStatement rest = calc.calculate(c.agreement, c.scheme, all.subList(k, all.size()), first.closingBalance().get());
            List<PeriodStatement> joined = new ArrayList<>(first.periods());
            joined.addAll(rest.periods());
            StringBuilder sb = new StringBuilder();
            joined.forEach(p -> sb.append(figures(p)));
            assertEquals(expected, sb.toString(), "split at " + k);
            assertEquals(whole.closingBalance(), rest.closingBalance(), "closing balance split at " + k);
        }
    }

    @Property(tries = 1000, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void invariantsHold(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int currency,
            @ForAll @IntRange(min = 1, max = 16) int months, @ForAll boolean gap, @ForAll boolean extras) {
        Case c = make(seed, currency, months, gap, extras);
        IncentiveCalculator calc = IncentiveCalculator.standard();
        List<IncentivePeriod> all = inputs(c, c.periods, false);
        IncentiveStatement whole = calc.calculate(c.agreement, c.scheme, all);
        List<String> customers = c.agreement.customers().stream().map(Party::id).toList();
        String supplier = whole.supplierId();
        LocalDate start = c.agreement.term().startDate();
        Map<Long, Money> penaltyByYear = new HashMap<>();
        for (PeriodStatement s : whole.periods()) {
            Money fee = s.fee().orElseThrow();
            Money zero = Money.zero(c.currency);
            // conservation
            Money sum = zero;
            for (Money m : s.netByParty().values()) {
                sum = sum.plus(m);
            }
            assertTrue(sum.isZero(), "net per party sums to zero " + s.netByParty());
            assertEquals(s.net(), s.netByParty().get(supplier));
            Money gross = zero;
            for (ComponentOutcome o : s.outcomes()) {
                gross = gross.plus(o.amount());
                Money moved = zero;
                for (Movement m : s.movements()) {
                    if (m.componentId().equals(o.componentId())) {
                        moved = moved.plus(m.to().equals(supplier) ? m.amount() : m.amount().negated());
                    }
                }
                assertEquals(o.amount(), moved, "movements of " + o.componentId() + " in " + s.period());
                if (!o.amount().isZero()) {
                    assertEquals(c.currency.getDefaultFractionDigits(), o.amount().amount().scale(), "amount at the minor unit " + o);
                }
            }
            assertEquals(gross, s.gross());
            // net within floor and cap
            if (c.floorPct != null) {
                Money floor = fee.percent(c.floorPct).rounded().negated();
                assertTrue(!s.net().isLessThan(floor), "net " + s.net() + " below floor " + floor);
            }
            if (c.capPct != null) {
                Money cap = fee.percent(c.capPct).rounded();
                assertTrue(!s.net().isGreaterThan(cap), "net " + s.net() + " above cap " + cap);
            }
            // gain share: the parts add up to the rounded savings, within their caps
            if (s.outcome("gain").isPresent() && c.costs.containsKey(s.period())) {
                ComponentOutcome g = s.outcome("gain").get();
                Money savings = c.costs.get(s.period()).get("gain").savings().rounded();
                Money supplierPart = g.lines().stream().filter(l -> l.key().equals("supplier-part")).findFirst().orElseThrow().amount();
                Money customerPart = g.lines().stream().filter(l -> l.key().equals("customer-part")).findFirst().orElseThrow().amount();
                assertEquals(savings, supplierPart.plus(customerPart), "gain share parts " + g);
                assertEquals(supplierPart, g.amount(), "gain share amount " + g);
                assertEquals(savings.amount().signum(), supplierPart.isZero() ? savings.amount().signum() : supplierPart.amount().signum(), "sign " + g);
                dev.partnering.incentive.GainShare gs = (dev.partnering.incentive.GainShare) c.scheme.component("gain").get();
                gs.cap().ifPresent(cap -> assertTrue(!supplierPart.isGreaterThan(cap), "gain above cap " + g));
                gs.painCap().ifPresent(cap -> assertTrue(!supplierPart.negated().isGreaterThan(cap), "pain above cap " + g));
                assertTrue(!supplierPart.abs().isGreaterThan(savings.abs()), "supplier part beyond the savings " + g);
            }
            // credits ≤ pool
            ComponentOutcome pool = s.outcome("pool").orElseThrow();
            Money credits = zero;
            for (OutcomeLine l : pool.lines(OutcomeLine.Kind.CREDIT)) {
                credits = credits.plus(l.amount().negated());
            }
            Money p = fee.percent(c.atRisk).rounded();
            assertTrue(!credits.isGreaterThan(p), "credits " + credits + " > pool " + p);
            // penalty ≤ period cap
            Money penalty = s.outcome("penalty").orElseThrow().amount().negated();
            if (c.periodCapPct != null) {
                assertTrue(!penalty.isGreaterThan(fee.percent(c.periodCapPct).rounded()), "penalty above period cap");
            }
            long year = java.time.temporal.ChronoUnit.YEARS.between(start, s.period().start());
            penaltyByYear.merge(year, penalty, Money::plus);
            if (c.yearCapPct != null && c.floorPct == null && c.capPct == null && c.givenFees.isEmpty()) {
                Money annual = c.scheduleFee.multipliedBy(d("12"));
                Money cap = annual.percent(c.yearCapPct).rounded();
                assertTrue(!penaltyByYear.get(year).isGreaterThan(cap), "year " + year + " penalties " + penaltyByYear.get(year)
                        + " > cap " + cap);
            }
        }
        // shuffled with gaps
        List<IncentivePeriod> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(figures(whole), figures(calc.calculate(c.agreement, c.scheme, shuffled)), "shuffled");
    }

    /** A user's own past: every method delegated (none of the defaults the fast paths recognise). */
    record OwnPast(dev.partnering.incentive.IncentiveContext.Past d) implements dev.partnering.incentive.IncentiveContext.Past {
        public dev.partnering.incentive.IncentivePeriod inputs() { return d.inputs(); }
        public java.util.Optional<Money> fee() { return d.fee(); }
        public List<ComponentOutcome> outcomes() { return d.outcomes(); }
        public Money gross() { return d.gross(); }
        public dev.partnering.incentive.NetLimits limits() { return d.limits(); }
        public boolean carriedIn() { return d.carriedIn(); }
        public java.util.Optional<dev.partnering.scorecard.KpiStatus> kpiStatus(String k) { return d.kpiStatus(k); }
        public java.util.Optional<BigDecimal> score() { return d.score(); }
    }

    /** A user's own context over the calculator's: a plain list of earlier periods. */
    record OwnContext(dev.partnering.incentive.IncentiveContext d, List<dev.partnering.incentive.IncentiveContext.Past> earlier)
            implements dev.partnering.incentive.IncentiveContext {
        public dev.partnering.incentive.IncentiveTerms agreement() { return d.agreement(); }
        public dev.partnering.incentive.IncentivePeriod inputs() { return d.inputs(); }
        public java.util.Optional<Money> fee() { return d.fee(); }
        public java.util.Optional<Money> feeOf(ReportingPeriod p) { return d.feeOf(p); }
    }

    static String outcome(ComponentOutcome o) {
        return o.componentId() + " " + o.amount() + " lines " + o.lines() + " caps " + o.capsApplied();
    }

    @Property(tries = 600, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void aUsersOwnContextGivesTheSameOutcomes(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int currency,
            @ForAll @IntRange(min = 1, max = 16) int months, @ForAll boolean gap, @ForAll boolean extras, @ForAll boolean split,
            @ForAll @IntRange(min = 0, max = 3) int handBuilt, @ForAll long drop) {
        List<dev.partnering.incentive.IncentiveContext> seen = new ArrayList<>();
        SPY.set(seen);
        Case c;
        try {
            c = make(seed, currency, months, gap, extras);
            IncentiveCalculator calc = IncentiveCalculator.standard();
            List<IncentivePeriod> all = inputs(c, c.periods, false);
            int k = all.size() / 2;
            if (split && k > 0 && !gap) {
                IncentiveStatement first = calc.calculate(c.agreement, c.scheme, all.subList(0, k));
                dev.partnering.incentive.OpeningBalance opening = first.closingBalance().get();
                if (handBuilt > 0) {
                    // by hand: the last handBuilt periods carried as a streak of availability MET only, and some earlier ones dropped
                    Random r = new Random(drop);
                    List<dev.partnering.incentive.CarriedPeriod> kept = new ArrayList<>();
                    ReportingPeriod streakFrom = opening.firstPeriod().plus(-handBuilt);
                    for (dev.partnering.incentive.CarriedPeriod cp : opening.periods()) {
                        if (cp.period().compareTo(streakFrom) < 0 && r.nextInt(3) != 0) {
                            kept.add(cp);
                        }
                    }
                    opening = dev.partnering.incentive.OpeningBalance.builder().firstPeriod(opening.firstPeriod()).addAllPeriods(kept)
                            .streak(Fixtures.AVAILABILITY, dev.partnering.scorecard.KpiStatus.MET, handBuilt).build();
                }
                seen.clear();
                calc.calculate(c.agreement, c.scheme, all.subList(k, all.size()), opening);
            } else {
                calc.calculate(c.agreement, c.scheme, all);
            }
        } finally {
            SPY.remove();
        }
        assertTrue(!seen.isEmpty(), "the spy saw the contexts");
        for (dev.partnering.incentive.IncentiveContext ctx : seen) {
            List<dev.partnering.incentive.IncentiveContext.Past> plain = new ArrayList<>(ctx.earlier());
            List<dev.partnering.incentive.IncentiveContext.Past> own = new ArrayList<>();
            ctx.earlier().forEach(p -> own.add(new OwnPast(p)));
            for (dev.partnering.incentive.IncentiveComponent comp : c.scheme.components()) {
                ComponentOutcome made = comp.evaluate(ctx);
                String expected = outcome(made);
                // the whole outcome, explanation included, by every path
                assertEquals(made.explanation().toString(), comp.evaluate(new OwnContext(ctx, own)).explanation().toString(),
                        "explanation, own pasts " + ctx.period());
                ComponentOutcome exactMade = dev.partnering.incentive.IncentiveTestAccess.exactly(comp, ctx);
                if (exactMade != null) {
                    assertEquals(exactMade.explanation().toString(), made.explanation().toString(), "explanation, exact path " + ctx.period());
                    assertEquals(exactMade, made, "outcome, exact path " + ctx.period());
                }
                assertEquals(expected, outcome(comp.evaluate(new OwnContext(ctx, plain))), "plain list " + ctx.period());
                assertEquals(expected, outcome(comp.evaluate(new OwnContext(ctx, own))), "own pasts " + ctx.period());
                ComponentOutcome exact = dev.partnering.incentive.IncentiveTestAccess.exactly(comp, ctx);
                if (exact != null) {
                    assertEquals(expected, outcome(exact), "exact path " + ctx.period());
                    assertEquals(expected, outcome(dev.partnering.incentive.IncentiveTestAccess.exactly(comp, new OwnContext(ctx, own))),
                            "exact path, own pasts " + ctx.period());
                }
                if (comp instanceof ServiceCreditTiers t) {
                    for (String credit : new String[] {"0", "0.01", "1", "3.7", "100", "12345.67"}) {
                        Money m = Money.of(new BigDecimal(credit).setScale(c.currency.getDefaultFractionDigits(), RoundingMode.DOWN), c.currency);
                        String both = dev.partnering.incentive.IncentiveTestAccess.rolling(t, ctx, m);
                        if (!both.isEmpty()) {
                            String[] parts = both.split(" / ");
                            assertEquals(parts[0], parts[1], "rolling cap of " + m + " in " + ctx.period());
                        }
                    }
                }
            }
            for (dev.partnering.incentive.RemedyTrigger t : c.scheme.remedyTriggers()) {
                assertEquals(t.evaluate(ctx), t.evaluate(new OwnContext(ctx, own)), "remedy " + ctx.period());
            }
        }
    }

    @Property(tries = 300, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void theChainIsEqualToTheWhole(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int currency,
            @ForAll @IntRange(min = 2, max = 16) int months, @ForAll boolean extras) {
        Case c = make(seed, currency, months, false, extras);
        net.jqwik.api.Assume.that(c.feesAsSchedule || c.yearCapPct == null);
        IncentiveCalculator calc = IncentiveCalculator.standard();
        List<IncentivePeriod> all = inputs(c, c.periods, false);
        IncentiveStatement whole = calc.calculate(c.agreement, c.scheme, all);
        IncentiveStatement chain = calc.calculate(c.agreement, c.scheme, all.subList(0, 1));
        for (int i = 1; i < all.size(); i++) {
            chain = calc.continueFrom(c.agreement, c.scheme, chain, all.get(i));
        }
        for (int i = 0; i < all.size(); i++) {
            PeriodStatement a = whole.periods().get(i);
            PeriodStatement b = chain.periods().get(i);
            // the explanations differ by design where a carried period is read ("carried in"); all else is equal
            assertEquals(a.outcomes().stream().map(StatementEntryPointsProperties::outcome).toList(),
                    b.outcomes().stream().map(StatementEntryPointsProperties::outcome).toList(), "outcomes " + a.period());
            assertEquals(a.movements(), b.movements(), "movements " + a.period());
            assertEquals(a.netByParty(), b.netByParty(), "by party " + a.period());
            assertEquals(a.remedies().stream().map(x -> x.period() + " " + x.remedy()).toList(),
                    b.remedies().stream().map(x -> x.period() + " " + x.remedy()).toList(), "remedies " + a.period());
        }
        assertEquals(whole.totalByParty(), chain.totalByParty());
        assertEquals(whole.totalNet(), chain.totalNet());
    }

    /** A better value of the same KPI in the same month (higher or lower, by the KPI's direction), or null. */
    static Measurement improved(Measurement m, Random r) {
        String kpi = m.kpiId();
        String month = m.period().toString();
        if (kpi.equals(Fixtures.AVAILABILITY)) {
            BigDecimal v = m.value().orElseThrow();
            BigDecimal better = v.add(new BigDecimal(new String[] {"0.1", "0.3", "0.5", "1"}[r.nextInt(4)])).min(d("100"));
            return Fixtures.measurement(kpi, month, better.toPlainString());
        }
        if (kpi.equals(Fixtures.INCIDENT_RESPONSE)) {
            BigDecimal v = m.value().orElseThrow();
            BigDecimal better = v.subtract(new BigDecimal(new String[] {"0.5", "1", "2", "4"}[r.nextInt(4)])).max(BigDecimal.ZERO);
            return Fixtures.measurement(kpi, month, better.toPlainString());
        }
        return Fixtures.ratioMeasurement(kpi, month, new String[] {"92", "95", "99", "100"}[r.nextInt(4)], "100");
    }

    static Money total(IncentiveStatement s, String component, boolean credits) {
        Money t = null;
        for (PeriodStatement p : s.periods()) {
            Money a = component == null ? p.net() : p.outcome(component).map(ComponentOutcome::amount).orElse(null);
            if (a == null) {
                continue;
            }
            t = t == null ? a : t.plus(a);
        }
        return t;
    }

    /**
     * DOMAIN.md's monotonicity over a whole statement: improving one measurement never lowers the total net. Disabled:
     * a known limitation, written in docs/incentives.md ("Caps that look back"). When the net cap holds a month, a
     * better month makes another component's charge count as not borne (the cap absorbed it), and a component that
     * looks back (a penalty's contract-year cap, the tiers' rolling cap, earn-back) uses the room in a later month;
     * this property found it about once in 500 tries ({@code CapsLookingBackMonotonicityTest} is one such case).
     * Counting charges as levied fixes that case but lets one breach fewer in a capped month lower the total; no rule
     * that counts each period's charges avoids both.
     */
    @org.junit.jupiter.api.Disabled("known limitation: caps that look back, docs/incentives.md")
    @Property(tries = 8000, edgeCases = net.jqwik.api.EdgeCasesMode.NONE, afterFailure = net.jqwik.api.AfterFailureMode.RANDOM_SEED)
    void improvingAMeasurementNeverLowersTheTotalNet(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int currency,
            @ForAll @IntRange(min = 1, max = 14) int months, @ForAll boolean extras, @ForAll long which) {
        Case c = make(seed, currency, months, false, extras);
        Random r = new Random(which);
        net.jqwik.api.Assume.that(!c.measurements.isEmpty());
        net.jqwik.api.Assume.that(!ONLY_WITHOUT_YEAR_CAP || c.yearCapPct == null);
        IncentiveCalculator calc = IncentiveCalculator.standard();
        IncentiveStatement before = calc.calculate(c.agreement, c.scheme, inputs(c, c.periods, false));
        int i = r.nextInt(c.measurements.size());
        Measurement better = improved(c.measurements.get(i), r);
        if (better.kpiId().equals(Fixtures.TICKET_SLA)) {
            net.jqwik.api.Assume.that(better.numerator().orElseThrow().compareTo(c.measurements.get(i).numerator().orElseThrow()) >= 0);
        }
        c.measurements.set(i, better);
        IncentiveStatement after = calc.calculate(c.agreement, c.scheme, inputs(c, c.periods, false));
        assertTrue(!total(after, null, false).isLessThan(total(before, null, false)), "total net lowered: improved " + better
                + "\nbefore\n" + figures(before) + "after\n" + figures(after));
    }

    /**
     * Improving one measurement never raises the improved period's pool credits or tier credit, nor lowers its bonus
     * (the period's own components; the whole statement's total is the disabled property above).
     */
    @Property(tries = 500, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void improvingAMeasurementNeverRaisesThePeriodsCreditsNorLowersItsBonus(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int currency,
            @ForAll @IntRange(min = 1, max = 14) int months, @ForAll boolean extras, @ForAll long which) {
        Case c = make(seed, currency, months, false, extras);
        Random r = new Random(which);
        IncentiveCalculator calc = IncentiveCalculator.standard();
        IncentiveStatement before = calc.calculate(c.agreement, c.scheme, inputs(c, c.periods, false));
        net.jqwik.api.Assume.that(!c.measurements.isEmpty());
        net.jqwik.api.Assume.that(!ONLY_WITHOUT_YEAR_CAP || c.yearCapPct == null);
        int i = r.nextInt(c.measurements.size());
        Measurement better = improved(c.measurements.get(i), r);
        // a ratio KPI only improves when its share goes up
        if (better.kpiId().equals(Fixtures.TICKET_SLA)) {
            net.jqwik.api.Assume.that(better.numerator().orElseThrow().compareTo(c.measurements.get(i).numerator().orElseThrow()) >= 0);
        }
        c.measurements.set(i, better);
        IncentiveStatement after = calc.calculate(c.agreement, c.scheme, inputs(c, c.periods, false));
        String where = "improved " + better + "\nbefore\n" + figures(before) + "after\n" + figures(after);
        ReportingPeriod p = c.periods.stream().filter(x -> x.contains(better.period().start())).findFirst().orElseThrow();
        PeriodStatement b = before.period(p).orElseThrow();
        PeriodStatement a = after.period(p).orElseThrow();
        // in the improved period itself: no more credits (before earn-back) or penalties
        Money zero = Money.zero(c.currency);
        Money creditsBefore = b.outcome("pool").orElseThrow().lines(OutcomeLine.Kind.CREDIT).stream().map(OutcomeLine::amount).reduce(zero, Money::plus);
        Money creditsAfter = a.outcome("pool").orElseThrow().lines(OutcomeLine.Kind.CREDIT).stream().map(OutcomeLine::amount).reduce(zero, Money::plus);
        assertTrue(!creditsAfter.isLessThan(creditsBefore), "pool credits raised in " + p + ": " + where);
        assertTrue(!a.outcome("tiers").orElseThrow().amount().isLessThan(b.outcome("tiers").orElseThrow().amount()),
                "tier credit raised in " + p + ": " + where);
        if (c.scheme.component("bonus").isPresent()) {
            assertTrue(!a.outcome("bonus").orElseThrow().amount().isLessThan(b.outcome("bonus").orElseThrow().amount()),
                    "bonus lowered in " + p + ": " + where);
        }
    }

    @Property(tries = 500, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void theScheduleFeeGivenAtAnotherScaleChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int currency,
            @ForAll @IntRange(min = 1, max = 16) int months, @ForAll boolean extras) {
        Case c = make(seed, currency, months, false, extras);
        net.jqwik.api.Assume.that(c.feesAsSchedule && !c.givenFees.isEmpty());
        IncentiveCalculator calc = IncentiveCalculator.standard();
        String given = figures(calc.calculate(c.agreement, c.scheme, inputs(c, c.periods, false)));
        c.givenFees.clear();
        String schedule = figures(calc.calculate(c.agreement, c.scheme, inputs(c, c.periods, false)));
        java.util.function.Function<String, String> noFee = t -> t.replaceAll("fee [0-9.]+ [A-Z]{3}", "fee");
        assertEquals(noFee.apply(schedule), noFee.apply(given));
    }

    @Property(tries = 500, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void aGapIsBridgedByAnOpeningBalanceBuiltFromTheClosingOne(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int currency,
            @ForAll @IntRange(min = 3, max = 16) int months, @ForAll boolean extras) {
        Case c = make(seed, currency, months, true, extras);
        net.jqwik.api.Assume.that(c.feesAsSchedule || c.yearCapPct == null);
        IncentiveCalculator calc = IncentiveCalculator.standard();
        List<IncentivePeriod> all = inputs(c, c.periods, false);
        int k = 1;
        while (k < all.size() && all.get(k).period().equals(all.get(k - 1).period().plus(1))) {
            k++;
        }
        net.jqwik.api.Assume.that(k < all.size());
        IncentiveStatement whole = calc.calculate(c.agreement, c.scheme, all);
        IncentiveStatement first = calc.calculate(c.agreement, c.scheme, all.subList(0, k));
        dev.partnering.incentive.OpeningBalance closing = first.closingBalance().get();
        dev.partnering.incentive.OpeningBalance bridged = dev.partnering.incentive.OpeningBalance.builder()
                .firstPeriod(all.get(k).period()).addAllPeriods(closing.periods()).build();
        IncentiveStatement rest = calc.calculate(c.agreement, c.scheme, all.subList(k, all.size()), bridged);
        StringBuilder sb = new StringBuilder();
        first.periods().forEach(p -> sb.append(figures(p)));
        rest.periods().forEach(p -> sb.append(figures(p)));
        assertEquals(figures(whole), sb.toString(), "bridged at " + all.get(k).period());
        assertEquals(whole.closingBalance(), rest.closingBalance());
    }
}
