package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.CreditBand;
import dev.partnering.incentive.CreditTrigger;
import dev.partnering.incentive.CurvePoint;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.GainShareTier;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;
import dev.partnering.testkit.internal.SchemeConfig.Presence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The parameters of one generated incentive scheme, as small whole numbers that jqwik shrinks
 * well; the scheme is built from them against an agreement's KPIs, currency and suppliers, so the
 * same spec fits any agreement. Component ids are their type names ({@code gain-share},
 * {@code at-risk-pool}, {@code service-credit-tiers}, {@code bonus-malus}, {@code penalty}).
 *
 * @param components  the component parameters
 * @param floor  the net floor, if any
 * @param cap  the net cap, if any
 * @param remedy  a remedy trigger, if any
 * @param supplier  selects the supplier the scheme names when the agreement has several
 */
record SchemeSpec(Components components, Optional<BoundSpec> floor, Optional<BoundSpec> cap, Optional<RemedySpec> remedy,
        int supplier) {

    /** The parameters of each kind of component, each present or not. */
    record Components(Optional<GainShareSpec> gainShare, Optional<PoolSpec> pool, Optional<TiersSpec> tiers,
            Optional<CurveSpec> curve, Optional<PenaltySpec> penalty) {
    }

    /** Gain share: first tier's share, an optional second tier (from, share), caps in whole units. */
    record GainShareSpec(int share, Optional<List<Integer>> secondTier, Optional<Integer> cap, int painShare,
            Optional<Integer> painCap) {
    }

    /** At-risk pool: the percentage at risk in tenths, allocations in percent, the trigger, earn-back. */
    record PoolSpec(int atRiskTenths, List<Integer> allocations, boolean belowMinimum, Optional<Integer> earnBack) {
    }

    /**
     * Service-credit tiers: the KPI, band thresholds in hundredths of the way from the KPI's minimum
     * to its target, credits and caps in tenths of a percent.
     */
    record TiersSpec(int kpi, int milder, Optional<Integer> worse, int creditTenths, int extraTenths,
            Optional<Integer> periodCapTenths, Optional<Integer> rollingCapPercent) {
    }

    /** Bonus/malus: a neutral band (or a straight line), malus and bonus in tenths, the unit. */
    record CurveSpec(boolean linear, int malusTenths, int bonusTenths, int bandFrom, int bandTo, boolean amounts) {
    }

    /** Penalty: the basis, the rate in whole units, the period cap (none, fixed, percent), a year cap. */
    record PenaltySpec(boolean perUnit, int rate, int periodCapKind, int fixedCap, int capTenths,
            Optional<Integer> yearCapPercent) {
    }

    /** A net bound: a percentage of the fee or a fixed amount in whole units. */
    record BoundSpec(boolean fixed, int percent, int amount) {
        Bound build(SchemeContext c) {
            return fixed ? Bound.of(money(amount, c)) : Bound.percentOfFee(BigDecimal.valueOf(percent));
        }
    }

    /** A remedy trigger: below minimum for some periods; and a delay trigger on the penalty. */
    record RemedySpec(int kpi, int periods, boolean delay) {
    }

    // ---------------------------------------------------------------- generation

    static Arbitrary<SchemeSpec> arbitrary(SchemeConfig config) {
        Arbitrary<Components> components = Combinators.combine(
                part(config, GainShare.class, gainShares()), part(config, AtRiskPool.class, pools(config.earnBack())),
                part(config, ServiceCreditTiers.class, tiers(config.neutral())), part(config, BonusMalusCurve.class,
                        curves(config.neutral())), part(config, Penalty.class, penalties()))
                .as(Components::new);
        Arbitrary<BoundSpec> bound = Combinators.combine(Arbitraries.frequency(List.of(net.jqwik.api.Tuple.of(3, false),
                net.jqwik.api.Tuple.of(1, true))), Arbitraries.integers().between(0, 30).shrinkTowards(10),
                Arbitraries.integers().between(0, 100_000).shrinkTowards(10_000)).as(BoundSpec::new);
        Arbitrary<RemedySpec> remedy = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(1, 3), Arbitraries.of(false, true)).as(RemedySpec::new);
        return Combinators.combine(components, presence(config.floorAndCap(), bound), presence(config.floorAndCap(), bound),
                remedy.optional(0.3), Arbitraries.integers().between(0, 9)).as(SchemeSpec::new);
    }

    private static <T> Arbitrary<Optional<T>> part(SchemeConfig config, Class<?> kind, Arbitrary<T> spec) {
        if (config.requires(kind)) {
            return spec.map(Optional::of);
        }
        return config.allows(kind) ? spec.optional(0.5) : Arbitraries.just(Optional.empty());
    }

    private static <T> Arbitrary<Optional<T>> presence(Presence presence, Arbitrary<T> spec) {
        switch (presence) {
            case ALWAYS:
                return spec.map(Optional::of);
            case NEVER:
                return Arbitraries.just(Optional.empty());
            default:
                return spec.optional(0.5);
        }
    }

    private static Arbitrary<GainShareSpec> gainShares() {
        Arbitrary<Integer> percent = Arbitraries.integers().between(0, 100).shrinkTowards(50);
        Arbitrary<List<Integer>> second = Combinators.combine(Arbitraries.integers().between(1_000, 500_000)
                .shrinkTowards(100_000), percent).as(List::of);
        return Combinators.combine(percent, second.optional(0.6), Arbitraries.integers().between(0, 300_000)
                .shrinkTowards(100_000).optional(0.6), percent, Arbitraries.integers().between(0, 200_000)
                .shrinkTowards(100_000).optional(0.6)).as(GainShareSpec::new);
    }

    private static Arbitrary<PoolSpec> pools(boolean earnBack) {
        Arbitrary<Integer> periods = Arbitraries.integers().between(1, 3);
        return Combinators.combine(Arbitraries.integers().between(10, 200).shrinkTowards(50),
                Arbitraries.integers().between(1, 80).shrinkTowards(50).list().ofMinSize(1).ofMaxSize(5),
                Arbitraries.of(false, true), earnBack ? periods.map(Optional::of) : periods.optional(0.3)).as(PoolSpec::new);
    }

    private static Arbitrary<TiersSpec> tiers(boolean neutral) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, neutral ? 100 : 150).shrinkTowards(50);
        Arbitrary<Integer> tenths = Arbitraries.integers().between(0, 50).shrinkTowards(20);
        return Combinators.combine(Arbitraries.integers().between(0, 99), position, position.optional(0.6), tenths, tenths,
                Arbitraries.integers().between(0, 100).shrinkTowards(50).optional(0.6),
                Arbitraries.integers().between(0, 20).optional(0.3)).as(TiersSpec::new);
    }

    private static Arbitrary<CurveSpec> curves(boolean neutral) {
        Arbitrary<Integer> tenths = Arbitraries.integers().between(0, 100).shrinkTowards(50);
        return Combinators.combine(neutral ? Arbitraries.just(false) : Arbitraries.of(false, true), tenths, tenths,
                Arbitraries.integers().between(50, 100).shrinkTowards(80), Arbitraries.integers().between(100, 110),
                Arbitraries.frequency(List.of(net.jqwik.api.Tuple.of(3, false), net.jqwik.api.Tuple.of(1, true))))
                .as(CurveSpec::new);
    }

    private static Arbitrary<PenaltySpec> penalties() {
        return Combinators.combine(Arbitraries.of(false, true), Arbitraries.integers().between(0, 5_000).shrinkTowards(1_000),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 50_000).shrinkTowards(10_000),
                Arbitraries.integers().between(0, 100).shrinkTowards(50),
                Arbitraries.integers().between(0, 20).shrinkTowards(10).optional(0.3)).as(PenaltySpec::new);
    }

    // ---------------------------------------------------------------- building

    IncentiveScheme build(SchemeContext c) {
        IncentiveScheme.Builder b = IncentiveScheme.builder();
        components.gainShare().ifPresent(g -> b.addComponents(gainShare(g, c)));
        components.pool().filter(p -> !c.kpis().isEmpty()).ifPresent(p -> b.addComponents(pool(p, c)));
        components.tiers().filter(t -> !c.tierKpis().isEmpty()).ifPresent(t -> b.addComponents(tiers(t, c)));
        components.curve().ifPresent(k -> b.addComponents(curve(k)));
        components.penalty().ifPresent(p -> b.addComponents(penalty(p, c)));
        floor.ifPresent(f -> b.floor(f.build(c)));
        cap.ifPresent(f -> b.cap(f.build(c)));
        remedy.ifPresent(r -> {
            if (!c.kpis().isEmpty()) {
                b.addRemedyTriggers(RemedyTrigger.consecutiveBelowMinimum(c.kpis().get(r.kpi() % c.kpis().size()).id(),
                        r.periods(), Remedy.REMEDIATION_PLAN));
            }
            if (r.delay() && components.penalty().isPresent()) {
                b.addRemedyTriggers(RemedyTrigger.delayBeyond(Penalty.TYPE, BigDecimal.valueOf(15), Remedy.STEP_IN));
            }
        });
        if (c.suppliers().size() > 1) {
            b.supplier(c.suppliers().get(supplier % c.suppliers().size()));
        }
        if (!hasComponent(c)) {
            // a scheme with no component is refused: when none was drawn, a penalty that never charges
            b.addComponents(Penalty.builder().id(Penalty.TYPE).rate(Money.zero(c.currency())).build());
        }
        return b.build();
    }

    private boolean hasComponent(SchemeContext c) {
        return components.gainShare().isPresent() || components.pool().isPresent() && !c.kpis().isEmpty()
                || components.tiers().isPresent() && !c.tierKpis().isEmpty() || components.curve().isPresent()
                || components.penalty().isPresent();
    }

    static Money money(long wholeUnits, SchemeContext c) {
        return Money.of(BigDecimal.valueOf(wholeUnits).setScale(c.currency().getDefaultFractionDigits()), c.currency());
    }

    private static GainShare gainShare(GainShareSpec g, SchemeContext c) {
        GainShare.Builder b = GainShare.builder().id(GainShare.TYPE)
                .addTiers(GainShareTier.of(money(0, c), BigDecimal.valueOf(g.share())))
                .painSharePercent(BigDecimal.valueOf(g.painShare()));
        g.secondTier().ifPresent(t -> b.addTiers(GainShareTier.of(money(t.get(0), c), BigDecimal.valueOf(t.get(1)))));
        g.cap().ifPresent(x -> b.cap(money(x, c)));
        g.painCap().ifPresent(x -> b.painCap(money(x, c)));
        return b.build();
    }

    private static AtRiskPool pool(PoolSpec p, SchemeContext c) {
        Map<String, BigDecimal> allocations = new LinkedHashMap<>();
        for (int i = 0; i < p.allocations().size(); i++) {
            allocations.putIfAbsent(c.kpis().get(i % c.kpis().size()).id(), BigDecimal.valueOf(p.allocations().get(i)));
        }
        AtRiskPool.Builder b = AtRiskPool.builder().id(AtRiskPool.TYPE).atRiskPercent(BigDecimal.valueOf(p.atRiskTenths(), 1))
                .putAllAllocations(allocations)
                .trigger(p.belowMinimum() ? CreditTrigger.BELOW_MINIMUM : CreditTrigger.BELOW_TARGET);
        p.earnBack().ifPresent(b::earnBackPeriods);
        return b.build();
    }

    private static ServiceCreditTiers tiers(TiersSpec t, SchemeContext c) {
        KpiDefinition kpi = c.tierKpis().get(t.kpi() % c.tierKpis().size());
        BigDecimal min = kpi.minimum().orElseThrow();
        BigDecimal way = kpi.target().orElseThrow().subtract(min);
        BigDecimal credit = BigDecimal.valueOf(t.creditTenths(), 1);
        ServiceCreditTiers.Builder b = ServiceCreditTiers.builder().id(ServiceCreditTiers.TYPE).kpiId(kpi.id())
                ;
        // a band closer to the target is the milder one; the band further back gives at least its credit
        int milder = Math.max(t.milder(), t.worse().orElse(t.milder()));
        int worse = Math.min(t.milder(), t.worse().orElse(t.milder()));
        b.addBands(new CreditBand(threshold(min, way, milder), credit));
        if (worse != milder) {
            b.addBands(new CreditBand(threshold(min, way, worse), credit.add(BigDecimal.valueOf(t.extraTenths(), 1))));
        }
        t.periodCapTenths().ifPresent(x -> b.periodCapPercent(BigDecimal.valueOf(x, 1)));
        t.rollingCapPercent().ifPresent(x -> b.rollingCapPercent(BigDecimal.valueOf(x)));
        return b.build();
    }

    private static BigDecimal threshold(BigDecimal min, BigDecimal way, int hundredths) {
        BigDecimal t = min.add(way.multiply(BigDecimal.valueOf(hundredths, 2))).stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }

    private static BonusMalusCurve curve(CurveSpec k) {
        BigDecimal unit = k.amounts() ? BigDecimal.valueOf(100) : BigDecimal.valueOf(1, 1);
        BigDecimal malus = BigDecimal.valueOf(k.malusTenths()).multiply(unit).negate();
        BigDecimal bonus = BigDecimal.valueOf(k.bonusTenths()).multiply(unit);
        BonusMalusCurve.Builder b = BonusMalusCurve.builder().id(BonusMalusCurve.TYPE)
                .unit(k.amounts() ? BonusMalusCurve.Unit.AMOUNT : BonusMalusCurve.Unit.PERCENT_OF_FEE);
        BigDecimal top = new BigDecimal("1.2");
        if (k.linear()) {
            return b.addPoints(point(new BigDecimal("0.8"), malus), point(top, bonus)).build();
        }
        BigDecimal from = BigDecimal.valueOf(k.bandFrom(), 2);
        BigDecimal to = BigDecimal.valueOf(k.bandTo(), 2);
        b.addPoints(point(from, malus), point(from, BigDecimal.ZERO));
        if (to.compareTo(from) != 0) {
            b.addPoints(point(to, BigDecimal.ZERO));
        }
        return b.addPoints(point(top, bonus)).build();
    }

    private static CurvePoint point(BigDecimal score, BigDecimal value) {
        return new CurvePoint(score, value);
    }

    private static Penalty penalty(PenaltySpec p, SchemeContext c) {
        Penalty.Builder b = Penalty.builder().id(Penalty.TYPE).basis(p.perUnit() ? Penalty.Basis.PER_UNIT : Penalty.Basis.PER_EVENT)
                .rate(money(p.rate(), c));
        if (p.periodCapKind() == 1) {
            b.periodCap(Bound.of(money(p.fixedCap(), c)));
        } else if (p.periodCapKind() == 2) {
            b.periodCap(Bound.percentOfFee(BigDecimal.valueOf(p.capTenths(), 1)));
        }
        p.yearCapPercent().ifPresent(y -> b.yearCap(Bound.percentOfFee(BigDecimal.valueOf(y))));
        return b.build();
    }
}
