package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import dev.partnering.Fraction;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.Precision;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardFixtures;
import dev.partnering.scorecard.ScorecardLine;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Review A (session 11): an independent oracle written from DOMAIN.md alone, in exact fractions, against
 * which the table path and the list path of {@link ScorecardCalculator} are differentially tested. The oracle
 * does not call the SDK's helpers (Decimals, FixedPoint, Attainment, Aggregator): it aggregates, interpolates
 * and weights in {@link Fraction}s and rounds each declared figure once, HALF_EVEN.
 */
class ScorecardOracleProperties {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A generated scenario: everything from one seed, so a failure prints the seed to replay it. */
    static final class Scenario {
        final List<KpiDefinition> defs = new ArrayList<>();
        final List<Measurement> ms = new ArrayList<>();
        final List<ReportingPeriod> periods = new ArrayList<>();
        Precision precision;
        MissingDataPolicy policy;
        Agreement agreement;
    }

    /** A builder that records the calls made on it, to replay them on real builders. */
    @SuppressWarnings("unchecked")
    static KpiDefinition.Builder proxy(List<java.util.function.Consumer<KpiDefinition.Builder>> steps) {
        Object[] self = new Object[1];
        self[0] = java.lang.reflect.Proxy.newProxyInstance(KpiDefinition.Builder.class.getClassLoader(),
                new Class<?>[] {KpiDefinition.Builder.class}, (px, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(px, method, args);
                    }
                    steps.add(bb -> {
                        try {
                            method.invoke(bb, args);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    return self[0];
                });
        return (KpiDefinition.Builder) self[0];
    }

    static BigDecimal dec(Random r, int maxDigits, int maxScale, boolean negative) {
        int digits = 1 + r.nextInt(maxDigits);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        BigDecimal d = new BigDecimal(new BigInteger(sb.toString()), r.nextInt(maxScale + 1));
        return negative && r.nextBoolean() ? d.negate() : d;
    }

    static Scenario scenario(long seed) {
        Random r = new Random(seed);
        Scenario s = new Scenario();
        int mode = r.nextInt(5); // 0 small figures, 1 many decimals, 2 huge magnitudes, 3 negative thresholds, 4 extremes
        s.precision = Precision.of(r.nextInt(13), r.nextInt(13), r.nextInt(13));
        s.policy = MissingDataPolicy.values()[r.nextInt(MissingDataPolicy.values().length)];
        int kpiCount = 1 + r.nextInt(4);
        List<BigDecimal[]> thresholds = new ArrayList<>();
        for (int k = 0; k < kpiCount; k++) {
            String id = "k" + k;
            List<java.util.function.Consumer<KpiDefinition.Builder>> steps = new ArrayList<>();
            KpiDefinition.Builder b = proxy(steps);
            b.id(id).name(id).unit("u").dataSource("d").measurementMethod("m");
            int wkind = r.nextInt(mode == 4 ? 7 : 4);
            BigDecimal weight = wkind == 4 ? new BigDecimal("99999999999999999.9") : wkind == 5
                    ? dec(r, 18, 18, false).add(new BigDecimal("1E-18")) : wkind == 6 ? new BigDecimal("5E+3") : (wkind == 0 ? BigDecimal.valueOf(1 + r.nextInt(5)) : wkind == 1
                    ? dec(r, 12, 10, false).add(new BigDecimal("0.0000000001"))
                    : wkind == 2 ? new BigDecimal("123456789.123456789") : new BigDecimal("0.3333333333333"));
            int kind = r.nextInt(10);
            if (kind == 0) {
                b.direction(Direction.BINARY).aggregation(r.nextBoolean() ? AggregationRule.last()
                        : r.nextBoolean() ? AggregationRule.min() : AggregationRule.max());
                thresholds.add(null);
            } else {
                boolean lower = r.nextBoolean();
                b.direction(lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
                int maxDigits = mode == 4 ? 18 : mode == 2 ? 17 : mode == 1 ? 10 : 4;
                int maxScale = mode == 4 ? 18 : mode == 1 ? 9 : 3;
                BigDecimal a = dec(r, maxDigits, maxScale, mode >= 2);
                BigDecimal gap1 = dec(r, maxDigits, maxScale, false).add(BigDecimal.ONE.movePointLeft(maxScale));
                BigDecimal gap2 = r.nextInt(4) == 0 ? BigDecimal.ZERO : dec(r, maxDigits, maxScale, false);
                BigDecimal min = a;
                BigDecimal target = lower ? a.subtract(gap1) : a.add(gap1);
                BigDecimal stretch = lower ? target.subtract(gap2) : target.add(gap2);
                boolean hasStretch = r.nextBoolean();
                boolean ratio = kind == 1 || kind == 2;
                if (ratio) {
                    // shares of one
                    min = new BigDecimal("0." + (lower ? "9" : "5") + r.nextInt(10));
                    target = new BigDecimal("0." + (lower ? "5" : "9") + r.nextInt(10));
                    stretch = lower ? target.subtract(new BigDecimal("0.0" + r.nextInt(5))) : target.add(new BigDecimal("0.0" + r.nextInt(5)));
                    b.aggregation(AggregationRule.ratio());
                } else {
                    AggregationRule[] rules = {AggregationRule.mean(), AggregationRule.sum(), AggregationRule.min(),
                            AggregationRule.max(), AggregationRule.last(),
                            AggregationRule.percentile(new BigDecimal(r.nextBoolean() ? "95" : "33.3"))};
                    b.aggregation(rules[r.nextInt(rules.length)]);
                }
                b.minimum(min).target(target);
                if (hasStretch) {
                    b.stretch(stretch).maxAttainment(r.nextBoolean() ? new BigDecimal("1.2")
                            : BigDecimal.ONE.add(dec(r, mode == 4 ? 18 : 6, mode == 4 ? 17 : 6, false).min(new BigDecimal("8.9"))));
                }
                thresholds.add(new BigDecimal[] {min, target, hasStretch ? stretch : null});
            }
            int cond = r.nextInt(6);
            if (cond == 0) {
                b.addQualifyingConditions(dev.partnering.kpi.QualifyingCondition.minimumVolume(
                        kind == 1 || kind == 2 ? new BigDecimal(r.nextInt(3000) + 1) : BigDecimal.valueOf(1 + r.nextInt(3))));
            } else if (cond == 1) {
                b.addQualifyingConditions(dev.partnering.kpi.QualifyingCondition.outOfScope(
                        List.of(ReportingPeriod.month(2026, 1 + r.nextInt(6))), "office move"));
            }
            KpiDefinition.Builder real = KpiDefinition.builder();
            steps.forEach(st -> st.accept(real));
            LocalDate firstFrom = r.nextInt(6) == 0 ? LocalDate.of(2026, 1 + r.nextInt(4), r.nextBoolean() ? 1 : 10)
                    : LocalDate.of(2025, 10, 1);
            KpiDefinition def = real.weight(weight).version(1).effectiveFrom(firstFrom).build();
            s.defs.add(def);
            if (r.nextInt(5) == 0) {
                // a second version from a date within the series (mid-month sometimes), heavier
                LocalDate from = LocalDate.of(2026, 5 + r.nextInt(3), r.nextBoolean() ? 1 : 15);
                KpiDefinition.Builder b2 = KpiDefinition.builder();
                steps.forEach(st -> st.accept(b2));
                s.defs.add(b2.version(2).effectiveFrom(from).weight(def.weight().add(BigDecimal.ONE)).build());
            }
        }
        Agreement a = ScorecardFixtures.agreement(s.policy, s.defs);
        s.agreement = Agreement.builder().id(a.id()).title(a.title()).addAllParties(a.parties()).term(a.term())
                .governance(a.governance()).addAllKpis(s.defs).missingDataPolicy(s.policy).currency(a.currency())
                .precision(s.precision).build();
        // measurements: months 2025-12 .. 2026-07 and a few quarters
        long rec = 0;
        for (int k = 0; k < kpiCount; k++) {
            String id = "k" + k;
            KpiDefinition def = s.agreement.kpiVersions(id).get(0);
            BigDecimal[] th = thresholds.get(k);
            for (int m = 0; m < 8; m++) {
                ReportingPeriod p = ReportingPeriod.month(2025 + (m + 11) / 12, (m + 11) % 12 + 1);
                int n = r.nextInt(10) < 6 ? 1 : r.nextInt(4);
                if (r.nextInt(12) == 0) {
                    p = ReportingPeriod.quarter(p.start().getYear(), (p.start().getMonthValue() - 1) / 3 + 1);
                }
                for (int i = 0; i < n; i++) {
                    Measurement.Builder mb = Measurement.builder().kpiId(id).period(p)
                            .recordedAt(T0.plusSeconds(rec++ * 7 % 1000));
                    if (def.isBinary()) {
                        mb.value(BigDecimal.valueOf(r.nextInt(2)));
                    } else if (def.aggregation() instanceof AggregationRule.Ratio) {
                        BigDecimal den = r.nextInt(8) == 0 ? BigDecimal.ZERO : dec(r, mode == 2 ? 16 : 4, mode == 1 ? 8 : 1, false);
                        BigDecimal num = den.signum() == 0 ? BigDecimal.ZERO
                                : den.multiply(BigDecimal.valueOf(r.nextInt(101), 2)).setScale(den.scale(), java.math.RoundingMode.DOWN);
                        mb.ratio(num, den);
                    } else {
                        mb.value(bounded(valueNear(r, th, mode, s.precision.periodValueDecimals())));
                    }
                    if (r.nextInt(10) == 0) {
                        mb.exclusionReason("force majeure");
                    }
                    if (r.nextInt(15) == 0) {
                        mb.source("erp");
                    }
                    s.ms.add(mb.build());
                }
            }
        }
        Collections.shuffle(s.ms, r);
        List<ReportingPeriod> all = new ArrayList<>();
        for (int m = 1; m <= 7; m++) {
            all.add(ReportingPeriod.month(2026, m));
        }
        all.add(ReportingPeriod.parse("2026-Q1"));
        all.add(ReportingPeriod.parse("2026-Q2"));
        all.add(ReportingPeriod.parse("2025-12"));
        all.add(ReportingPeriod.parse("2026"));
        int count = 1 + r.nextInt(5);
        for (int i = 0; i < count; i++) {
            s.periods.add(all.get(r.nextInt(all.size())));
        }
        return s;
    }

    /** @return the value within the SDK's bounds (18 digits each side of the point) */
    static BigDecimal bounded(BigDecimal x) {
        BigDecimal y = x.precision() - x.scale() > 18 ? x.movePointLeft(3) : x;
        return y.stripTrailingZeros().scale() > 18 ? y.setScale(18, java.math.RoundingMode.DOWN) : y;
    }

    /** A value at a threshold, one unit of the declared decimals beside it, a tie at the declared decimals, or anywhere. */
    static BigDecimal valueNear(Random r, BigDecimal[] th, int mode, int pvd) {
        BigDecimal base = th[r.nextInt(th[2] == null ? 2 : 3)];
        BigDecimal unit = BigDecimal.ONE.movePointLeft(pvd);
        switch (r.nextInt(6)) {
            case 0:
                return base;
            case 1:
                return base.add(r.nextBoolean() ? unit : unit.negate());
            case 2:
                // a tie at the declared decimals: x.5 units
                return base.add(unit.multiply(BigDecimal.valueOf(r.nextInt(7) - 3)).add(unit.divide(BigDecimal.valueOf(2))));
            case 3:
                return base.add(dec(r, 6, Math.min(18, pvd + 4), true));
            case 4:
                if (mode == 4) {
                    BigDecimal x = dec(r, 18, 18, true);
                    return r.nextBoolean() ? x : x.setScale(0, java.math.RoundingMode.DOWN).stripTrailingZeros();
                }
                return dec(r, mode == 2 ? 17 : 6, mode == 1 ? 15 : 4, true);
            default:
                BigDecimal t = th[1];
                return base.add(t.subtract(th[0]).multiply(BigDecimal.valueOf(r.nextInt(200) - 100, 2)));
        }
    }

    // ---------------------------------------------------------------- the oracle

    record Expected(String kpiId, boolean counted, KpiStatus status, BigDecimal value, BigDecimal attainment) {
    }

    record ExpectedCard(List<Expected> lines, Optional<BigDecimal> score) {
    }

    static KpiDefinition inForce(Agreement a, String id, LocalDate day) {
        KpiDefinition best = null;
        for (KpiDefinition d : a.kpiVersions(id)) {
            if (!d.effectiveFrom().isAfter(day) && (best == null || d.effectiveFrom().isAfter(best.effectiveFrom()))) {
                best = d;
            }
        }
        return best;
    }

    static boolean contains(ReportingPeriod outer, ReportingPeriod inner) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
    }

    /** @return the exact value of the rule over the used measurements, null if none */
    static Fraction exactValue(KpiDefinition kpi, List<Measurement> used) {
        if (used.isEmpty()) {
            return null;
        }
        AggregationRule rule = kpi.aggregation();
        String name = rule.name();
        if (name.equals("ratio")) {
            Fraction n = Fraction.ZERO;
            Fraction d = Fraction.ZERO;
            for (Measurement m : used) {
                n = n.plus(Fraction.of(m.numerator().get()));
                d = d.plus(Fraction.of(m.denominator().get()));
            }
            return d.signum() == 0 ? null : n.over(d);
        }
        List<Fraction> vs = new ArrayList<>();
        for (Measurement m : used) {
            vs.add(Fraction.of(m.value().get()));
        }
        switch (name) {
            case "mean": {
                Fraction sum = Fraction.ZERO;
                for (Fraction v : vs) {
                    sum = sum.plus(v);
                }
                return sum.over(Fraction.of(vs.size()));
            }
            case "sum": {
                Fraction sum = Fraction.ZERO;
                for (Fraction v : vs) {
                    sum = sum.plus(v);
                }
                return sum;
            }
            case "min":
                return Collections.min(vs);
            case "max":
                return Collections.max(vs);
            case "last": {
                Measurement last = Collections.max(used, Comparator.comparing(Measurement::recordedAt));
                return Fraction.of(last.value().get());
            }
            case "percentile": {
                BigDecimal p = ((AggregationRule.Percentile) rule).p();
                List<Fraction> sorted = new ArrayList<>(vs);
                Collections.sort(sorted);
                // nearest rank: ceil(p·n/100), at least 1
                Fraction x = Fraction.of(p).times(Fraction.of(sorted.size())).over(Fraction.HUNDRED);
                BigDecimal up = x.round(0);
                int rank = Fraction.of(up).compareTo(x) >= 0 ? up.intValueExact() : up.intValueExact() + 1;
                return sorted.get(Math.max(1, rank) - 1);
            }
            default:
                throw new IllegalStateException(name);
        }
    }

    static Fraction attainment(KpiDefinition kpi, Fraction v) {
        if (kpi.isBinary()) {
            return v.compareTo(Fraction.ONE) >= 0 ? Fraction.ONE : Fraction.ZERO;
        }
        int sign = kpi.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        Fraction min = Fraction.of(kpi.minimum().get());
        Fraction tgt = Fraction.of(kpi.target().get());
        if (v.compareTo(min) * sign <= 0) {
            return Fraction.ZERO;
        }
        if (kpi.stretch().isPresent()) {
            Fraction str = Fraction.of(kpi.stretch().get());
            Fraction max = Fraction.of(kpi.maxAttainment());
            if (v.compareTo(str) * sign >= 0) {
                return max;
            }
            if (v.compareTo(tgt) * sign >= 0) {
                return Fraction.ONE.plus(v.minus(tgt).over(str.minus(tgt)).times(max.minus(Fraction.ONE)));
            }
        } else if (v.compareTo(tgt) * sign >= 0) {
            return Fraction.ONE;
        }
        return v.minus(min).over(tgt.minus(min));
    }

    static KpiStatus status(KpiDefinition kpi, Fraction v) {
        if (kpi.isBinary()) {
            return v.compareTo(Fraction.ONE) >= 0 ? KpiStatus.MET : KpiStatus.BELOW_MINIMUM;
        }
        int sign = kpi.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (v.compareTo(Fraction.of(kpi.target().get())) * sign >= 0) {
            return KpiStatus.MET;
        }
        return v.compareTo(Fraction.of(kpi.minimum().get())) * sign < 0 ? KpiStatus.BELOW_MINIMUM : KpiStatus.BELOW_TARGET;
    }

    /** @return the rounded period value of the KPI in the period, null if it has none */
    static BigDecimal periodValue(KpiDefinition kpi, ReportingPeriod p, List<Measurement> ms, int pvd) {
        List<Measurement> used = new ArrayList<>();
        for (Measurement m : ms) {
            if (m.kpiId().equals(kpi.id()) && contains(p, m.period()) && m.exclusionReason().isEmpty()) {
                used.add(m);
            }
        }
        Fraction f = exactValue(kpi, used);
        return f == null ? null : f.figure(pvd);
    }

    static boolean qualifies(KpiDefinition kpi, ReportingPeriod p, List<Measurement> ms) {
        for (dev.partnering.kpi.QualifyingCondition c : kpi.qualifyingConditions()) {
            if (c instanceof dev.partnering.kpi.QualifyingCondition.OutOfScope o) {
                for (ReportingPeriod q : o.periods()) {
                    if (!q.end().isBefore(p.start()) && !q.start().isAfter(p.end())) {
                        return false;
                    }
                }
            } else if (c instanceof dev.partnering.kpi.QualifyingCondition.MinimumVolume mv) {
                BigDecimal volume = BigDecimal.ZERO;
                for (Measurement m : ms) {
                    if (m.kpiId().equals(kpi.id()) && contains(p, m.period()) && m.exclusionReason().isEmpty()) {
                        volume = volume.add(m.denominator().orElse(BigDecimal.ONE));
                    }
                }
                if (volume.compareTo(mv.minimum()) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    static ExpectedCard oracle(Scenario s, ReportingPeriod p) {
        Precision pr = s.precision;
        List<Expected> lines = new ArrayList<>();
        Fraction ws = Fraction.ZERO;
        Fraction cs = Fraction.ZERO;
        int counted = 0;
        for (String id : s.agreement.kpiIds()) {
            KpiDefinition kpi = inForce(s.agreement, id, p.start());
            if (kpi == null) {
                lines.add(new Expected(id, false, KpiStatus.NOT_DETERMINED, null, null));
                continue;
            }
            BigDecimal v = periodValue(kpi, p, s.ms, pr.periodValueDecimals());
            if (!qualifies(kpi, p, s.ms)) {
                lines.add(new Expected(id, false, KpiStatus.NOT_DETERMINED, null, null));
                continue;
            }
            boolean anyWithin = false;
            boolean anyUsed = false;
            for (Measurement m : s.ms) {
                if (m.kpiId().equals(id) && contains(p, m.period())) {
                    anyWithin = true;
                    anyUsed |= m.exclusionReason().isEmpty();
                }
            }
            if (v != null) {
                BigDecimal a = attainment(kpi, Fraction.of(v)).figure(pr.attainmentDecimals());
                lines.add(new Expected(id, true, status(kpi, Fraction.of(v)), v, a));
                ws = ws.plus(Fraction.of(kpi.weight()));
                cs = cs.plus(Fraction.of(kpi.weight()).times(Fraction.of(a)));
                counted++;
                continue;
            }
            if (anyWithin && !anyUsed) {
                lines.add(new Expected(id, false, KpiStatus.EXCLUDED, null, null));
                continue;
            }
            switch (s.policy) {
                case EXCLUDE:
                    lines.add(new Expected(id, false, KpiStatus.MISSING, null, null));
                    continue;
                case LAST_KNOWN: {
                    BigDecimal last = null;
                    for (ReportingPeriod q = p.previous(); q.end().getYear() >= 2024; q = q.previous()) {
                        last = periodValue(kpi, q, s.ms, pr.periodValueDecimals());
                        if (last != null) {
                            break;
                        }
                    }
                    if (last != null) {
                        BigDecimal a = attainment(kpi, Fraction.of(last)).figure(pr.attainmentDecimals());
                        lines.add(new Expected(id, true, KpiStatus.MISSING, last, a));
                        ws = ws.plus(Fraction.of(kpi.weight()));
                        cs = cs.plus(Fraction.of(kpi.weight()).times(Fraction.of(a)));
                        counted++;
                        continue;
                    }
                    break;
                }
                default:
            }
            lines.add(new Expected(id, true, KpiStatus.MISSING, null, BigDecimal.ZERO));
            ws = ws.plus(Fraction.of(kpi.weight()));
            counted++;
        }
        Optional<BigDecimal> score = counted == 0 ? Optional.empty() : Optional.of(cs.over(ws).figure(pr.scoreDecimals()));
        return new ExpectedCard(lines, score);
    }

    static String describe(Scenario s, long seed) {
        StringBuilder sb = new StringBuilder("seed " + seed + "\n" + s.precision + " " + s.policy + "\n");
        s.defs.forEach(d -> sb.append(d).append('\n'));
        s.ms.stream().sorted(Comparator.comparing((Measurement m) -> m.kpiId()).thenComparing(Measurement::period))
                .forEach(m -> sb.append(m).append('\n'));
        sb.append(s.periods);
        return sb.toString();
    }

    static void check(long seed) {
        Scenario s = scenario(seed);
        String where = describe(s, seed);
        List<Scorecard> fromList = ScorecardCalculator.standard().calculate(s.agreement, s.periods, s.ms);
        List<Scorecard> fromTable = ScorecardCalculator.standard().calculate(s.agreement, s.periods,
                MeasurementTable.of(s.ms));
        // a short review interval: NOT_REVISED warnings, the same from the table and the list, and as DOMAIN-free
        // arithmetic says: the version in force at the start, overdue when effectiveFrom + interval < the period's end
        java.time.Period interval = java.time.Period.ofMonths(1 + (int) Math.floorMod(seed, 9L));
        ScorecardCalculator reviewing = ScorecardCalculator.withReviewInterval(interval);
        List<Scorecard> reviewedList = reviewing.calculate(s.agreement, s.periods, s.ms);
        List<Scorecard> reviewedTable = reviewing.calculate(s.agreement, s.periods, MeasurementTable.of(s.ms));
        assertEquals(reviewedList, reviewedTable, "reviewed\n" + where);
        // order independence: the measurements shuffled, the same scorecards (and text) from the list and the table
        List<Measurement> shuffled = new ArrayList<>(s.ms);
        Collections.shuffle(shuffled, new Random(~seed));
        List<Scorecard> shuffledTable = ScorecardCalculator.standard().calculate(s.agreement, s.periods,
                MeasurementTable.of(shuffled));
        assertEquals(fromList, ScorecardCalculator.standard().calculate(s.agreement, s.periods, shuffled), "shuffled\n" + where);
        assertEquals(fromList, shuffledTable, "shuffled table\n" + where);
        for (int i = 0; i < s.periods.size(); i++) {
            assertEquals(fromList.get(i).explanation().toText(), shuffledTable.get(i).explanation().toText(),
                    "shuffled text\n" + where);
        }
        for (int i = 0; i < s.periods.size(); i++) {
            ReportingPeriod p = s.periods.get(i);
            List<String> expected = new ArrayList<>();
            for (String id : s.agreement.kpiIds()) {
                KpiDefinition kpi = inForce(s.agreement, id, p.start());
                if (kpi != null && kpi.effectiveFrom().plus(interval).isBefore(p.end())) {
                    expected.add(id);
                }
            }
            List<String> warned = new ArrayList<>();
            for (dev.partnering.scorecard.ScorecardWarning w : reviewedTable.get(i).warnings()) {
                if (w.kind() == dev.partnering.scorecard.ScorecardWarning.Kind.NOT_REVISED) {
                    warned.add(w.kpiId());
                }
            }
            assertEquals(expected, warned, "NOT_REVISED " + p + " " + interval + "\n" + where);
        }
        for (int i = 0; i < s.periods.size(); i++) {
            ReportingPeriod p = s.periods.get(i);
            ExpectedCard e = oracle(s, p);
            for (List<Scorecard> got : List.of(fromList, fromTable)) {
                String path = (got == fromList ? "list " : "table ") + p + "\n" + where;
                Scorecard c = got.get(i);
                for (int k = 0; k < e.lines().size(); k++) {
                    Expected x = e.lines().get(k);
                    ScorecardLine l = c.lines().get(k);
                    String lp = x.kpiId() + " " + path;
                    assertEquals(x.kpiId(), l.kpiId(), lp);
                    assertEquals(x.status(), l.status(), lp);
                    assertEquals(x.counted(), l.counted(), lp);
                    if (x.value() != null) {
                        assertEquals(Optional.of(x.value()), l.value(), "value " + lp);
                    }
                    if (x.counted()) {
                        assertEquals(Optional.of(x.attainment()), l.attainment(), "attainment " + lp);
                        String text = dev.partnering.explanation.Explanation.of("line", List.of(l.explanation())).toText();
                        // the explanation shows the figures the line holds
                        String contribution = l.contribution().get().toPlainString();
                        if (!text.contains("= " + contribution)) {
                            throw new AssertionError("contribution " + contribution + " not in\n" + text + "\n" + lp);
                        }
                        if (l.value().isPresent() && !text.contains(l.value().get().toPlainString())) {
                            throw new AssertionError("value " + l.value().get() + " not in\n" + text + "\n" + lp);
                        }
                        if (!text.contains(l.attainment().get().toPlainString())) {
                            throw new AssertionError("attainment " + l.attainment().get() + " not in\n" + text + "\n" + lp);
                        }
                    }
                }
                assertEquals(e.score(), c.score(), "score " + path);
                if (c.score().isPresent()) {
                    String text = c.explanation().toText();
                    if (!text.contains(" = " + c.score().get().toPlainString())) {
                        throw new AssertionError("score " + c.score().get() + " not in\n" + text + "\n" + path);
                    }
                }
                assertEquals(oracle(s, p.previous()).score(), c.previousScore(), "previous score " + path);
                if (got == fromTable) {
                    net.jqwik.api.statistics.Statistics.label("score").collect(c.score().isPresent());
                    for (ScorecardLine l : c.lines()) {
                        net.jqwik.api.statistics.Statistics.label("status").collect(l.status());
                    }
                }
            }
            assertEquals(fromList.get(i), fromTable.get(i), "list vs table " + p + "\n" + where);
            Scorecard alone = ScorecardCalculator.standard().calculate(s.agreement, p, s.ms);
            assertEquals(alone, fromList.get(i), "alone vs series " + p + "\n" + where);
            assertEquals(alone.explanation().toText(), fromTable.get(i).explanation().toText(), "alone text " + p);
            Scorecard aloneFromTable = ScorecardCalculator.standard().calculate(s.agreement, List.of(p),
                    MeasurementTable.of(s.ms)).get(0);
            assertEquals(alone, aloneFromTable, "alone from table " + p + "\n" + where);
            assertEquals(fromList.get(i).hashCode(), fromTable.get(i).hashCode(), "hash " + p);
            assertEquals(fromList.get(i).explanation().toText(), fromTable.get(i).explanation().toText(), "text " + p);
        }
    }

    @Property(tries = 3000, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void tableAndListEqualTheExactOracle(@ForAll long seed) {
        check(seed);
    }

    /**
     * Measurements of a KPI the agreement does not define, or that do not fit their KPI (a binary 2, a ratio for a
     * value KPI), at random positions, inside or outside the windows: the table and the list refuse alike (the same
     * violations) or compute alike.
     */
    @Property(tries = 1500, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void tableAndListRefuseAlike(@ForAll long seed) {
        Scenario s = scenario(seed);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        int extra = 1 + r.nextInt(3);
        for (int i = 0; i < extra; i++) {
            ReportingPeriod p = r.nextBoolean() ? ReportingPeriod.month(2020, 1 + r.nextInt(12))
                    : ReportingPeriod.month(2026, 1 + r.nextInt(7));
            Measurement.Builder mb = Measurement.builder().period(p).recordedAt(T0);
            int kind = r.nextInt(3);
            if (kind == 0) {
                mb.kpiId("unknown").value(BigDecimal.ONE);
            } else {
                KpiDefinition d = s.agreement.kpiVersions(s.agreement.kpiIds().get(r.nextInt(s.agreement.kpiIds().size())))
                        .get(0);
                mb.kpiId(d.id());
                if (d.aggregation() instanceof AggregationRule.Ratio) {
                    mb.value(BigDecimal.ONE);
                } else if (d.isBinary()) {
                    mb.value(new BigDecimal(kind == 1 ? "2" : "0.5"));
                } else {
                    mb.ratio(BigDecimal.ONE, BigDecimal.TEN);
                }
            }
            s.ms.add(r.nextInt(s.ms.size() + 1), mb.build());
        }
        Object fromList;
        Object fromTable;
        try {
            fromList = ScorecardCalculator.standard().calculate(s.agreement, s.periods, s.ms);
        } catch (dev.partnering.ValidationException e) {
            fromList = e.violations();
        }
        try {
            fromTable = ScorecardCalculator.standard().calculate(s.agreement, s.periods, MeasurementTable.of(s.ms));
        } catch (dev.partnering.ValidationException e) {
            fromTable = e.violations();
        }
        assertEquals(fromList, fromTable, describe(s, seed));
        Object withoutRowPass;
        try {
            withoutRowPass = ScorecardCalculator.standard().calculate(s.agreement, s.periods, MeasurementTable.of(s.ms), 0);
        } catch (dev.partnering.ValidationException e) {
            withoutRowPass = e.violations();
        }
        assertEquals(fromTable, withoutRowPass, describe(s, seed));
    }
}
