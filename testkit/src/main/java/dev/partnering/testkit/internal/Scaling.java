package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.CurvePoint;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.GainShareTier;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.testkit.PeriodInputs;

/**
 * Multiplies every money amount of an agreement's fees, a scheme and period inputs by a factor,
 * for the scale invariant. Percentages, scores and units stay as they are. The built-in components
 * are scaled here; other components need a scaling function from their author.
 */
public final class Scaling {

    private Scaling() {
    }

    /** @return the agreement with every fee multiplied by k */
    public static Agreement agreement(Agreement a, BigDecimal k) {
        FeeSchedule.Builder fees = FeeSchedule.builder();
        for (PeriodFee f : a.feeSchedule().fees()) {
            fees.addFees(PeriodFee.of(f.period(), f.amount().multipliedBy(k)));
        }
        return a.withFeeSchedule(fees.build());
    }

    /** @return the inputs with every cost and the fee multiplied by k */
    public static PeriodInputs inputs(PeriodInputs in, BigDecimal k) {
        Map<String, CostOutcome> costs = new TreeMap<>();
        in.costs().forEach((id, c) -> costs.put(id, c.givenSavings().isPresent()
                ? CostOutcome.savings(c.givenSavings().get().multipliedBy(k))
                : CostOutcome.of(c.baseline().get().multipliedBy(k), c.actual().get().multipliedBy(k))));
        return new PeriodInputs(in.period(), in.measurements(), in.events(), costs, in.fee().map(f -> f.multipliedBy(k)));
    }

    /**
     * @param custom  scales the components that are not built in, or null if there is none
     * @return the scheme with every amount multiplied by k
     * @throws IllegalArgumentException if a component is not built in and no custom scaling is given
     */
    public static IncentiveScheme scheme(IncentiveScheme s, BigDecimal k,
            BiFunction<IncentiveComponent, BigDecimal, IncentiveComponent> custom) {
        IncentiveScheme.Builder b = IncentiveScheme.builder().addAllRemedyTriggers(s.remedyTriggers()).supplier(s.supplier());
        s.components().forEach(c -> b.addComponents(component(c, k, custom)));
        s.floor().ifPresent(f -> b.floor(bound(f, k)));
        s.cap().ifPresent(f -> b.cap(bound(f, k)));
        return b.build();
    }

    private static IncentiveComponent component(IncentiveComponent c, BigDecimal k,
            BiFunction<IncentiveComponent, BigDecimal, IncentiveComponent> custom) {
        if (c instanceof AtRiskPool || c instanceof ServiceCreditTiers) {
            return c; // percentages only
        }
        if (c instanceof GainShare g) {
            GainShare.Builder b = GainShare.builder().id(g.id()).painSharePercent(g.painSharePercent())
                    .cap(g.cap().map(m -> m.multipliedBy(k))).painCap(g.painCap().map(m -> m.multipliedBy(k)));
            g.tiers().forEach(t -> b.addTiers(GainShareTier.of(t.from().multipliedBy(k), t.sharePercent())));
            return b.build();
        }
        if (c instanceof BonusMalusCurve curve) {
            if (curve.unit() == BonusMalusCurve.Unit.PERCENT_OF_FEE) {
                return c;
            }
            BonusMalusCurve.Builder b = BonusMalusCurve.builder().id(curve.id()).unit(curve.unit());
            curve.points().forEach(p -> b.addPoints(new CurvePoint(p.score(), p.value().multiply(k))));
            return b.build();
        }
        if (c instanceof Penalty p) {
            return Penalty.builder().id(p.id()).basis(p.basis()).rate(p.rate().multipliedBy(k))
                    .periodCap(p.periodCap().map(x -> bound(x, k))).yearCap(p.yearCap().map(x -> bound(x, k))).build();
        }
        Checks.require(custom != null, "component '" + c.id() + "' (" + c.type() + ", " + c.getClass().getName()
                + ") is not a built-in component: tell IncentiveInvariants how to scale its amounts with withScaling(...), "
                + "or (component, k) -> component if it has none");
        return custom.apply(c, k);
    }

    private static Bound bound(Bound b, BigDecimal k) {
        return b instanceof Bound.Fixed f ? Bound.of(f.amount().multipliedBy(k)) : b;
    }
}
