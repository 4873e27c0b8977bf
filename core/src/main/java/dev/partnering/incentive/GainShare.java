package dev.partnering.incentive;

import dev.partnering.internal.Limits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.Violation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.explanation.internal.LazySteps;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Gain share ("vested" savings sharing): savings S = baseline − actual are shared. For S &gt; 0 the
 * supplier gets its tiered share of S, up to the {@linkplain #cap() cap}; the customer keeps the
 * rest. For S &lt; 0 (an overrun) the supplier bears |S| × {@linkplain #painSharePercent() pain share},
 * up to the {@linkplain #painCap() pain cap}; the customer bears the rest. The supplier's and the
 * customer's parts always add up exactly to the rounded savings.
 * <p>
 * Example: savings 1,500,000 SEK with 50 % on the first 1,000,000 and 30 % above gives the
 * supplier 500,000 + 150,000 = 650,000.00 SEK and the customer 850,000.00 SEK.
 * <p>
 * The period's cost outcome comes from {@link IncentivePeriod#costs()} under this component's id;
 * without one the component gives zero and says so.
 * <p>
 * Precision: the savings are rounded to the minor unit; the supplier's part is one formula over the
 * rounded savings ({@code Σ band × share % / 100}, or {@code |S| × pain share % / 100}), exact,
 * within its cap, rounded once, HALF_EVEN; the customer's part is the savings less it. The band
 * figures in the explanation are shown rounded for reading. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GainShare implements IncentiveComponent {

    /** The type name: {@code gain-share}. */
    public static final String TYPE = "gain-share";

    GainShare() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableGainShare.builder();
    }

    @Override
    public abstract String id();

    /** @return the tiers, starting at zero savings, ascending, at least one */
    public abstract List<GainShareTier> tiers();

    /**
     * @return the most the supplier can gain in a period, if capped: not negative, in the tiers'
     *         currency, no more decimals than its minor unit (it bounds a payment)
     */
    public abstract Optional<Money> cap();

    /** @return the supplier's share of an overrun in percent, 0 to 100; 0 by default */
    @Value.Default
    public BigDecimal painSharePercent() {
        return BigDecimal.ZERO;
    }

    /**
     * @return the most the supplier can bear of an overrun in a period, if capped: not negative, in
     *         the tiers' currency, no more decimals than its minor unit (it bounds a payment)
     */
    public abstract Optional<Money> painCap();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ComponentOutcome evaluate(IncentiveContext context) {
        Optional<CostOutcome> cost = Optional.ofNullable(context.inputs().costs().get(id()));
        if (cost.isEmpty()) {
            ReportingPeriod period = context.period();
            return new ComponentOutcome(id(), TYPE, period, context.zero(), List.of(), List.of(),
                    LazySteps.lazy(() -> Step.of(StepKind.RULE, "gain share '" + id() + "': no cost outcome for " + period + ": 0")));
        }
        return split(context, cost.get().savings());
    }

    private ComponentOutcome split(IncentiveContext context, Money exactSavings) {
        ComponentOutcome fast = splitInLongs(context, exactSavings);
        return fast != null ? fast : splitExactly(context, exactSavings);
    }

    /**
     * {@link #evaluate}'s outcome from the savings in minor units and the supplier's part in {@code long}s, for the
     * properties that compare it with {@link #evaluateExactly}.
     *
     * @param context  the period's context, not null
     * @return the outcome, or null where {@link #evaluate} takes the exact path (and when there is no cost outcome)
     */
    ComponentOutcome evaluateInLongs(IncentiveContext context) {
        CostOutcome cost = context.inputs().costs().get(id());
        return cost == null ? null : splitInLongs(context, cost.savings());
    }

    /**
     * {@link #evaluate} with every amount a {@link Money}: the general path, which {@link #evaluateInLongs} must equal.
     *
     * @param context  the period's context, not null
     * @return the outcome, never null
     */
    ComponentOutcome evaluateExactly(IncentiveContext context) {
        CostOutcome cost = context.inputs().costs().get(id());
        return cost == null ? evaluate(context) : splitExactly(context, cost.savings());
    }

    /**
     * {@link #splitExactly} with the rounded savings and the supplier's exact part in {@code long}s: the same amount
     * and lines when every amount is in the savings' currency, every figure has a fixed-point form, every product
     * and sum fits a {@code long} and no cap holds; null otherwise (then the caller takes the exact path). The
     * explanation is the exact path's, written when it is read.
     */
    private ComponentOutcome splitInLongs(IncentiveContext context, Money exactSavings) {
        java.util.Currency currency = exactSavings.currency();
        int digits = currency.getDefaultFractionDigits();
        if (!FixedPoint.fits(exactSavings.amount()) || !FixedPoint.fits(painSharePercent())) {
            return null;
        }
        long supplier;
        long savings;
        try {
            // S rounded once, HALF_EVEN, to the minor unit, as Money.rounded()
            savings = FixedPoint.rounded(FixedPoint.unscaled(exactSavings.amount()), exactSavings.amount().scale(), digits);
            if (savings > 0) {
                // Σ band × share % / 100, exact at a common scale, then within the cap and rounded once
                long total = 0;
                int totalScale = 0;
                List<GainShareTier> tiers = tiers();
                for (int i = 0; i < tiers.size(); i++) {
                    GainShareTier t = tiers.get(i);
                    if (!t.from().currency().equals(currency) || !FixedPoint.fits(t.from().amount()) || !FixedPoint.fits(t.sharePercent())) {
                        return null;
                    }
                    int fromScale = Math.max(digits, t.from().amount().scale());
                    long from = FixedPoint.rescale(FixedPoint.unscaled(t.from().amount()), t.from().amount().scale(), fromScale);
                    long s = FixedPoint.rescale(savings, digits, fromScale);
                    if (s <= from) {
                        break;
                    }
                    long upper = s;
                    if (i + 1 < tiers.size()) {
                        Money next = tiers.get(i + 1).from();
                        if (!next.currency().equals(currency) || !FixedPoint.fits(next.amount())) {
                            return null;
                        }
                        int scale = Math.max(fromScale, next.amount().scale());
                        long n = FixedPoint.rescale(FixedPoint.unscaled(next.amount()), next.amount().scale(), scale);
                        upper = Math.min(n, FixedPoint.rescale(s, fromScale, scale));
                        from = FixedPoint.rescale(from, fromScale, scale);
                        fromScale = scale;
                    }
                    long share = Math.multiplyExact(Math.subtractExact(upper, from), FixedPoint.unscaled(t.sharePercent()));
                    int shareScale = fromScale + t.sharePercent().scale() + 2;
                    int scale = Math.max(totalScale, shareScale);
                    total = Math.addExact(FixedPoint.rescale(total, totalScale, scale), FixedPoint.rescale(share, shareScale, scale));
                    totalScale = scale;
                }
                if (cap().isPresent() && !withinCap(total, totalScale, cap().get(), currency)) {
                    return null; // capped, or a cap the longs cannot hold: the exact path
                }
                supplier = FixedPoint.rounded(total, totalScale, digits);
            } else if (savings < 0) {
                // |S| × pain share % / 100, exact, within the pain cap, rounded once; the supplier's part is its negation
                long borne = Math.multiplyExact(-savings, FixedPoint.unscaled(painSharePercent()));
                int borneScale = digits + painSharePercent().scale() + 2;
                if (painCap().isPresent() && !withinCap(borne, borneScale, painCap().get(), currency)) {
                    return null; // capped, or a cap the longs cannot hold: the exact path
                }
                supplier = -FixedPoint.rounded(borne, borneScale, digits);
            } else {
                supplier = 0;
            }
        } catch (ArithmeticException beyondALong) {
            return null;
        }
        Money supplierPart = MinorUnits.money(supplier, digits, currency);
        List<OutcomeLine> lines = List.of(OutcomeLine.supplierPart(supplierPart),
                OutcomeLine.customerPart(MinorUnits.money(savings - supplier, digits, currency)));
        // the explanation is the exact path's, written when it is read (nothing in it can fail: the path gave this outcome)
        Step ex = LazySteps.lazy(() -> splitExactly(context, exactSavings).explanation());
        return new ComponentOutcome(id(), TYPE, context.period(), supplierPart, lines, List.of(), ex);
    }

    /**
     * @return true if {@code units × 10^-scale} is at most the cap, false if it is above it or the cap is in another
     *         currency or not a fixed-point figure (the exact path decides then)
     * @throws ArithmeticException if the figures at a common scale do not fit in a long
     */
    private static boolean withinCap(long units, int scale, Money cap, java.util.Currency currency) {
        if (!cap.currency().equals(currency) || !FixedPoint.fits(cap.amount())) {
            return false;
        }
        int common = Math.max(scale, cap.amount().scale());
        return FixedPoint.rescale(units, scale, common)
                <= FixedPoint.rescale(FixedPoint.unscaled(cap.amount()), cap.amount().scale(), common);
    }

    private ComponentOutcome splitExactly(IncentiveContext context, Money exactSavings) {
        Money savings = exactSavings.rounded();
        List<Step> steps = new ArrayList<>();
        List<AppliedCap> caps = new ArrayList<>();
        cost(context).ifPresent(c -> steps.add(LazySteps.lazy(() -> Step.of(StepKind.INPUT, "baseline " + c.baseline().get()
                + ", actual " + c.actual().get()))));
        steps.add(LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, "savings S = " + savings
                + (savings.isNegative() ? " (overrun)" : ""))));
        Money supplier;
        if (savings.isPositive()) {
            Money exact = tieredShare(savings, steps);
            if (cap().isPresent() && exact.isGreaterThan(cap().get())) {
                caps.add(AppliedCap.of(AppliedCap.Kind.GAIN, exact, cap().get()));
                steps.add(Step.of(StepKind.RULE, "capped at " + cap().get().rounded()));
                exact = cap().get();
            }
            supplier = exact.rounded();
        } else if (savings.isNegative()) {
            Money borne = savings.abs().percent(painSharePercent());
            Money borneExactly = borne;
            steps.add(LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, "supplier bears |S| × "
                    + Decimals.plain(painSharePercent()) + " % = " + borneExactly.rounded())));
            if (painCap().isPresent() && borne.isGreaterThan(painCap().get())) {
                caps.add(AppliedCap.of(AppliedCap.Kind.PAIN, borne, painCap().get()));
                steps.add(Step.of(StepKind.RULE, "capped at pain cap " + painCap().get().rounded()));
                borne = painCap().get();
            }
            supplier = borne.rounded().negated();
        } else {
            supplier = savings;
        }
        Money customer = savings.minus(supplier);
        Money supplierPart = supplier;
        steps.add(LazySteps.lazy(() -> Step.of(StepKind.RESULT, "supplier part " + supplierPart + " + customer part " + customer
                + " = " + savings)));
        List<OutcomeLine> lines = List.of(OutcomeLine.supplierPart(supplier), OutcomeLine.customerPart(customer));
        Step ex = LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, "gain share '" + id() + "': " + supplierPart
                + " to the supplier", java.util.Map.of(), steps));
        return new ComponentOutcome(id(), TYPE, context.period(), supplier, lines, caps, ex);
    }

    private Optional<CostOutcome> cost(IncentiveContext context) {
        return Optional.ofNullable(context.inputs().costs().get(id())).filter(c -> c.baseline().isPresent());
    }

    private Money tieredShare(Money savings, List<Step> steps) {
        Money total = Money.zero(savings.currency());
        for (int i = 0; i < tiers().size(); i++) {
            GainShareTier t = tiers().get(i);
            if (!savings.isGreaterThan(t.from())) {
                break;
            }
            Money upper = i + 1 < tiers().size() ? tiers().get(i + 1).from().min(savings) : savings;
            Money band = upper.minus(t.from());
            Money share = band.percent(t.sharePercent());
            steps.add(LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, Decimals.plain(t.sharePercent()) + " % of the band "
                    + t.from().rounded() + " to " + upper.rounded() + " (" + band.rounded() + ") = " + share.rounded())));
            total = total.plus(share);
        }
        return total;
    }

    @Override
    public Exposure exposure(Money periodFee) {
        Optional<Money> up = cap();
        Optional<Money> down = painSharePercent().signum() == 0 ? Optional.of(Money.zero(periodFee.currency())) : painCap();
        return new Exposure(up, down);
    }

    @Override
    public List<Violation> violationsAgainst(IncentiveTerms agreement) {
        Violations v = Violations.of("GainShare");
        List<Money> amounts = new ArrayList<>();
        tiers().forEach(t -> amounts.add(t.from()));
        cap().ifPresent(amounts::add);
        painCap().ifPresent(amounts::add);
        for (Money m : amounts) {
            v.require(agreement.isInCurrency(m), "", m, () -> "gain share '" + id() + "': " + m + " is not in the agreement's currency "
                    + agreement.currency().getCurrencyCode());
        }
        return v.list();
    }

    @Value.Check
    void check() {
        // every violation at once: first the structure (every required attribute and element present, every
        // decimal within bounds), then each rule whose attributes are there to judge it
        Violations attrs = Violations.of("GainShare");
        boolean hasId = attrs.required("id", id());
        boolean tiersOk = attrs.requiredAll("tiers", tiers());
        boolean capOk = cap().map(m -> Limits.check(attrs, "cap", m.amount())).orElse(true);
        boolean painShareOk = attrs.decimal("painSharePercent", painSharePercent());
        boolean painCapOk = painCap().map(m -> Limits.check(attrs, "painCap", m.amount())).orElse(true);
        // the subject of a gain share refused for its structure is "GainShare", as before; without an id a
        // rule reads "gain share" instead of "gain share 'null'"
        Violations v = attrs.isEmpty() ? Violations.of("GainShare '" + id() + "'") : attrs;
        String what = hasId ? "gain share '" + id() + "'" : "gain share";
        if (hasId) {
            Ids.check(v, "id", id(), "component");
        }
        if (tiersOk) {
            checkTiers(v, what);
        }
        if (painShareOk) {
            v.require(painSharePercent().signum() >= 0 && painSharePercent().compareTo(BigDecimal.valueOf(100)) <= 0,
                    "painSharePercent", painSharePercent(), () -> what + ": pain share "
                            + Decimals.plain(painSharePercent()) + " % must be 0 to 100 %");
        }
        // a cap beyond the bounds is named for its bounds: its sign, decimals and currency are not judged
        Optional<Money> cap = cap().filter(c -> capOk);
        Optional<Money> painCap = painCap().filter(c -> painCapOk);
        cap.ifPresent(c -> v.require(!c.isNegative(), "cap", c, () -> what + ": cap " + c + " must not be negative"));
        cap.ifPresent(c -> Limits.payable(v, "cap", c.amount(), c.currency(), what + ": cap"));
        painCap.ifPresent(c -> Limits.payable(v, "painCap", c.amount(), c.currency(), what + ": pain cap"));
        if (tiersOk && !tiers().isEmpty()) {
            java.util.Currency currency = tiers().get(0).from().currency();
            cap.ifPresent(c -> v.require(c.currency().equals(currency), "cap", c, () -> what + ": cap " + c
                    + " is not in the tiers' currency " + currency.getCurrencyCode()));
            painCap.ifPresent(c -> v.require(c.currency().equals(currency), "painCap", c, () -> what
                    + ": pain cap " + c + " is not in the tiers' currency " + currency.getCurrencyCode()));
        }
        painCap.ifPresent(c -> v.require(!c.isNegative(), "painCap", c, () -> what + ": pain cap " + c + " must not be negative"));
        v.throwIfAny();
    }

    private void checkTiers(Violations v, String what) {
        v.require(!tiers().isEmpty(), "tiers", "[]", () -> what + " needs at least one tier");
        if (!tiers().isEmpty()) {
            v.require(tiers().get(0).from().isZero(), "tiers[0].from", tiers().get(0).from(),
                    () -> what + ": the first tier must start at 0, not " + tiers().get(0).from());
        }
        for (int i = 1; i < tiers().size(); i++) {
            Money prev = tiers().get(i - 1).from();
            Money cur = tiers().get(i).from();
            boolean sameCurrency = prev.currency().equals(cur.currency());
            v.require(sameCurrency, "tiers[" + i + "].from", cur, () -> what + ": tiers mix currencies "
                    + prev.currency() + " and " + cur.currency());
            v.require(!sameCurrency || cur.isGreaterThan(prev), "tiers[" + i + "].from", cur,
                    () -> what + ": tier starts must ascend, " + cur + " follows " + prev);
        }
    }

    /**
     * A builder of {@link GainShare}; id and at least one tier are required.
     * <p>
     * Obtained from {@link GainShare#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link GainShare#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Adds one element to {@link GainShare#tiers() tiers} list.
         * @param element A tiers element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addTiers(GainShareTier element);

        /**
         * Adds elements to {@link GainShare#tiers() tiers} list.
         * @param elements An array of tiers elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addTiers(GainShareTier... elements);

        /**
         * Adds elements to {@link GainShare#tiers() tiers} list.
         * @param elements An iterable of tiers elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllTiers(Iterable<? extends GainShareTier> elements);

        /**
         * Initializes the optional value {@link GainShare#cap() cap} to cap.
         * @param cap The value for cap
         * @return {@code this} builder for chained invocation
         */
        Builder cap(Money cap);

        /**
         * Initializes the optional value {@link GainShare#cap() cap} to cap.
         * @param cap The value for cap
         * @return {@code this} builder for use in a chained invocation
         */
        Builder cap(Optional<? extends Money> cap);

        /**
         * Initializes the value for the {@link GainShare#painSharePercent() painSharePercent} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link GainShare#painSharePercent() painSharePercent}.</em>
         * @param painSharePercent The value for painSharePercent 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder painSharePercent(BigDecimal painSharePercent);

        /**
         * Initializes the optional value {@link GainShare#painCap() painCap} to painCap.
         * @param painCap The value for painCap
         * @return {@code this} builder for chained invocation
         */
        Builder painCap(Money painCap);

        /**
         * Initializes the optional value {@link GainShare#painCap() painCap} to painCap.
         * @param painCap The value for painCap
         * @return {@code this} builder for use in a chained invocation
         */
        Builder painCap(Optional<? extends Money> painCap);

        /**
         * Adds a tier.
         *
         * @param from  where the band starts, not null
         * @param sharePercent  the supplier's share in percent, e.g. {@code 50} for 50 %, not null
         * @return this builder
         * @throws dev.partnering.ValidationException if the tier itself is invalid (see {@link GainShareTier})
         */
        default Builder tier(Money from, BigDecimal sharePercent) {
            addTiers(GainShareTier.of(from, sharePercent));
            return this;
        }

        /**
         * @return the GainShare, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        GainShare build();
    }
}
