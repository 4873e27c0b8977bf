package dev.partnering.incentive;

import dev.partnering.explanation.internal.LazySteps;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.scorecard.Scorecard;

/**
 * A bonus/malus curve: the payout as a piecewise-linear, non-decreasing function of the scorecard
 * score, flat before the first and after the last point. Two points may share a score to make a
 * step; at that score the later point's value applies. For example −5 % of the fee below 0.8, 0 from
 * 0.8 to 1.0, rising to +5 % at 1.2: points (0.8, −5), (0.8, 0), (1.0, 0), (1.2, 5).
 * <p>
 * Values are percentages of the period fee ({@link Unit#PERCENT_OF_FEE}, the default) or amounts in
 * the agreement's currency ({@link Unit#AMOUNT}). An undefined score gives no bonus and no malus,
 * and the outcome says so.
 * <p>
 * Precision: the amount is computed from the score (as rounded by the agreement's declared
 * precision) and the period fee in one exact formula, {@code fee × y(score) / 100} with
 * {@code y(score) = (yₐ·(s_b − sₐ) + (score − sₐ)·(y_b − yₐ)) / (s_b − sₐ)}, the division last, and
 * rounded once, HALF_EVEN, to the minor unit; the curve value itself is never cut on the way. This
 * class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BonusMalusCurve implements IncentiveComponent {

    /** The type name: {@code bonus-malus}. */
    public static final String TYPE = "bonus-malus";

    /** The decimals of {@link #valueAt}, for display. */
    private static final int VALUE_DECIMALS = 6;

    /** The unit of the curve's values. */
    public enum Unit {
        /** Percent of the period fee. */
        PERCENT_OF_FEE,
        /**
         * An amount in the agreement's currency: each point's value is a fixed bonus or malus, so it
         * has no more decimals than the currency's minor unit (checked against the agreement).
         */
        AMOUNT
    }

    BonusMalusCurve() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableBonusMalusCurve.builder();
    }

    @Override
    public abstract String id();

    /** @return the points: scores non-decreasing (at most two alike, a step), values non-decreasing, at least one */
    public abstract List<CurvePoint> points();

    /** @return the unit of the values; PERCENT_OF_FEE by default */
    @Value.Default
    public Unit unit() {
        return Unit.PERCENT_OF_FEE;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * The curve's value at a score: linear between points, flat outside them, for display: the
     * exact value rounded once, HALF_EVEN, to 6 decimals. Amounts are computed from the exact value
     * ({@link #amountAt}), not from this one.
     *
     * @param score  the score, not null
     * @return the value, rounded to 6 decimals, never null
     */
    public BigDecimal valueAt(BigDecimal score) {
        BigDecimal[] y = exactValueAt(score);
        return Decimals.quotient(y[0], y[1], VALUE_DECIMALS);
    }

    /**
     * The curve's amount at a score: for {@link Unit#PERCENT_OF_FEE} {@code fee × y(score) / 100},
     * for {@link Unit#AMOUNT} {@code y(score)} in the fee's currency; the exact value rounded once,
     * HALF_EVEN, to the currency's minor unit.
     *
     * @param score  the score, not null
     * @param fee  the period fee (for AMOUNT only its currency counts), not null
     * @return the amount, at the currency's scale, never null
     * @since 0.1.0
     */
    public Money amountAt(BigDecimal score, Money fee) {
        BigDecimal[] y = exactValueAt(score);
        if (unit() == Unit.AMOUNT) {
            return Money.of(y[0], fee.currency()).dividedBy(y[1]);
        }
        return fee.multipliedBy(y[0]).dividedBy(y[1].multiply(Decimals.HUNDRED));
    }

    /**
     * {@link #amountAt} in {@code long}s: the same amount (value and scale) when the score, the points and the fee
     * have a fixed-point form and every intermediate fits a {@code long}; null otherwise (then the caller takes
     * {@link #amountAt}).
     *
     * @param score  the score, not null
     * @param fee  the period fee (for AMOUNT only its currency counts), not null
     * @return the amount at the currency's scale, or null
     */
    Money amountInLongs(BigDecimal score, Money fee) {
        long[] points = fixedPoints();
        if (points == null || !FixedPoint.fits(score) || (unit() == Unit.PERCENT_OF_FEE && !FixedPoint.fits(fee.amount()))) {
            return null;
        }
        int digits = fee.currency().getDefaultFractionDigits();
        try {
            long s = FixedPoint.unscaled(score);
            int ss = score.scale();
            int size = points.length / 4;
            int last = -1;
            // points: score, its scale, value, its scale; as exactValueAt, the last point at or below the score
            for (int i = 0; i < size && compare(points[4 * i], (int) points[4 * i + 1], s, ss) <= 0; i++) {
                last = i;
            }
            long y0;
            int y0Scale;
            long y1 = 1;
            int y1Scale = 0;
            if (last < 0 || last == size - 1) {
                int i = Math.max(last, 0);
                y0 = points[4 * i + 2];
                y0Scale = (int) points[4 * i + 3];
            } else {
                int a = 4 * last;
                int b = a + 4;
                // span = b.score − a.score; y0 = a.value × span + (score − a.score) × (b.value − a.value); y1 = span
                int spanScale = Math.max((int) points[a + 1], (int) points[b + 1]);
                long span = Math.subtractExact(FixedPoint.rescale(points[b], (int) points[b + 1], spanScale),
                        FixedPoint.rescale(points[a], (int) points[a + 1], spanScale));
                int offScale = Math.max(ss, (int) points[a + 1]);
                long off = Math.subtractExact(FixedPoint.rescale(s, ss, offScale), FixedPoint.rescale(points[a], (int) points[a + 1], offScale));
                int stepScale = Math.max((int) points[a + 3], (int) points[b + 3]);
                long step = Math.subtractExact(FixedPoint.rescale(points[b + 2], (int) points[b + 3], stepScale),
                        FixedPoint.rescale(points[a + 2], (int) points[a + 3], stepScale));
                long base = Math.multiplyExact(points[a + 2], span);
                int baseScale = (int) points[a + 3] + spanScale;
                long rise = Math.multiplyExact(off, step);
                int riseScale = offScale + stepScale;
                y0Scale = Math.max(baseScale, riseScale);
                y0 = Math.addExact(FixedPoint.rescale(base, baseScale, y0Scale), FixedPoint.rescale(rise, riseScale, y0Scale));
                y1 = span;
                y1Scale = spanScale;
            }
            long units;
            if (unit() == Unit.AMOUNT) {
                // Money.of(y0).dividedBy(y1): the quotient rounded once, HALF_EVEN, to the minor unit
                units = FixedPoint.unscaledQuotient(y0, y0Scale, y1, y1Scale, digits);
            } else {
                // fee × y0 / (y1 × 100), rounded once, HALF_EVEN, to the minor unit
                units = FixedPoint.unscaledQuotient(Math.multiplyExact(FixedPoint.unscaled(fee.amount()), y0),
                        fee.amount().scale() + y0Scale, Math.multiplyExact(y1, 100), y1Scale, digits);
            }
            return Money.of(BigDecimal.valueOf(units, digits), fee.currency());
        } catch (ArithmeticException beyondALong) {
            return null;
        }
    }

    /** @return a × 10^-as compared with b × 10^-bs */
    private static int compare(long a, int as, long b, int bs) {
        int scale = Math.max(as, bs);
        return Long.compare(FixedPoint.rescale(a, as, scale), FixedPoint.rescale(b, bs, scale));
    }

    /**
     * @return the points as four longs each (the score's unscaled value and scale, the value's unscaled value and
     *         scale), or null when one has no fixed-point form; made once per curve (not part of its value); not to
     *         be changed
     */
    @Value.Lazy
    long[] fixedPoints() {
        List<CurvePoint> p = points();
        long[] fixed = new long[4 * p.size()];
        for (int i = 0; i < p.size(); i++) {
            BigDecimal score = p.get(i).score();
            BigDecimal value = p.get(i).value();
            if (!FixedPoint.fits(score) || !FixedPoint.fits(value)) {
                return null;
            }
            fixed[4 * i] = FixedPoint.unscaled(score);
            fixed[4 * i + 1] = score.scale();
            fixed[4 * i + 2] = FixedPoint.unscaled(value);
            fixed[4 * i + 3] = value.scale();
        }
        return fixed;
    }

    /** @return the exact value at a score as numerator and denominator (positive), never null */
    private BigDecimal[] exactValueAt(BigDecimal score) {
        List<CurvePoint> p = points();
        int last = -1;
        for (int i = 0; i < p.size() && p.get(i).score().compareTo(score) <= 0; i++) {
            last = i;
        }
        if (last < 0) {
            return new BigDecimal[] {p.get(0).value(), BigDecimal.ONE};
        }
        if (last == p.size() - 1) {
            return new BigDecimal[] {p.get(last).value(), BigDecimal.ONE};
        }
        CurvePoint a = p.get(last);
        CurvePoint b = p.get(last + 1);
        BigDecimal span = b.score().subtract(a.score());
        BigDecimal rise = score.subtract(a.score()).multiply(b.value().subtract(a.value()));
        return new BigDecimal[] {a.value().multiply(span).add(rise), span};
    }

    /**
     * Checks the curve against an agreement: a curve in AMOUNT pays its values as amounts of the
     * agreement's currency, so each value carries no more decimals than that currency's minor unit.
     *
     * @param agreement  the agreement, not null
     * @return the violations, empty if none, never null
     */
    @Override
    public List<dev.partnering.Violation> violationsAgainst(IncentiveTerms agreement) {
        if (unit() != Unit.AMOUNT) {
            return List.of();
        }
        Violations v = Violations.of("BonusMalusCurve '" + id() + "'");
        for (int i = 0; i < points().size(); i++) {
            dev.partnering.internal.Limits.payable(v, "points[" + i + "].value",
                    points().get(i).value(), agreement.currency(), "bonus/malus curve '" + id() + "': amount");
        }
        return v.list();
    }

    @Override
    public ComponentOutcome evaluate(IncentiveContext context) {
        Scorecard scorecard = context.requireScorecard(this);
        if (scorecard.score().isEmpty()) {
            return new ComponentOutcome(id(), TYPE, context.period(), context.zero(), List.of(), List.of(),
                    Step.of(StepKind.RULE, "bonus/malus '" + id() + "': the score of " + context.period()
                            + " is undefined: no bonus, no malus"));
        }
        BigDecimal score = scorecard.score().get();
        Optional<Money> fee = unit() == Unit.PERCENT_OF_FEE ? Optional.of(context.requireFee(this)) : Optional.empty();
        Money feeOrZero = fee.orElse(context.zero());
        Money fast = amountInLongs(score, feeOrZero);
        Money amount = fast != null ? fast : amountAt(score, feeOrZero);
        // the explanation is written when read: every figure in it is computed above
        return new ComponentOutcome(id(), TYPE, context.period(), amount, List.of(), List.of(), LazySteps.lazy(() -> {
            List<Step> steps = new ArrayList<>();
            steps.add(Step.of(StepKind.INPUT, "score " + Decimals.display(score, 6)));
            if (fee.isPresent()) {
                steps.add(Step.of(StepKind.COMPUTATION, "curve value " + Decimals.plain(valueAt(score)) + " % of fee " + fee.get()
                        + " = " + amount));
            } else {
                steps.add(Step.of(StepKind.COMPUTATION, "curve value " + amount));
            }
            return Step.of(StepKind.COMPUTATION, "bonus/malus '" + id() + "': " + amount, Map.of(), steps);
        }));
    }

    @Override
    public Exposure exposure(Money periodFee) {
        BigDecimal max = points().get(points().size() - 1).value();
        BigDecimal min = points().get(0).value();
        Money up = unit() == Unit.PERCENT_OF_FEE ? periodFee.percent(max.max(BigDecimal.ZERO))
                : Money.of(max.max(BigDecimal.ZERO), periodFee.currency());
        Money down = unit() == Unit.PERCENT_OF_FEE ? periodFee.percent(min.min(BigDecimal.ZERO).negate())
                : Money.of(min.min(BigDecimal.ZERO).negate(), periodFee.currency());
        return Exposure.of(up.rounded(), down.rounded());
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("BonusMalusCurve");
        attrs.required("id", id());
        attrs.requiredAll("points", points());
        attrs.required("unit", unit());
        attrs.throwIfAny();
        Violations v = Violations.of("BonusMalusCurve '" + id() + "'");
        Ids.check(v, "id", id(), "component");
        v.require(!points().isEmpty(), "points", "[]", () -> "bonus/malus curve '" + id() + "' needs at least one point");
        if (unit() == Unit.PERCENT_OF_FEE) {
            for (int i = 0; i < points().size(); i++) {
                BigDecimal y = points().get(i).value();
                v.require(y.abs().compareTo(Decimals.HUNDRED) <= 0, "points[" + i + "].value", y, () -> "bonus/malus curve '"
                        + id() + "': " + Decimals.plain(y) + " % of the fee is beyond ±100 %: a bonus or malus is at most the whole fee");
            }
        }
        for (int i = 1; i < points().size(); i++) {
            CurvePoint a = points().get(i - 1);
            CurvePoint b = points().get(i);
            v.require(b.score().compareTo(a.score()) >= 0, "points[" + i + "].score", Decimals.plain(b.score()),
                    () -> "bonus/malus curve '" + id() + "': scores must not descend, " + Decimals.plain(b.score())
                            + " follows " + Decimals.plain(a.score()));
            v.require(i < 2 || b.score().compareTo(points().get(i - 2).score()) != 0, "points[" + i + "].score",
                    Decimals.plain(b.score()), () -> "bonus/malus curve '" + id() + "': at most two points may share the score "
                            + Decimals.plain(b.score()));
            v.require(b.value().compareTo(a.value()) >= 0, "points[" + i + "].value", Decimals.plain(b.value()),
                    () -> "bonus/malus curve '" + id() + "' must not decrease: " + Decimals.plain(b.value()) + " at score "
                            + Decimals.plain(b.score()) + " is below " + Decimals.plain(a.value()) + " at "
                            + Decimals.plain(a.score()));
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link BonusMalusCurve}; id and at least one point are required.
     * <p>
     * Obtained from {@link BonusMalusCurve#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link BonusMalusCurve#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Adds one element to {@link BonusMalusCurve#points() points} list.
         * @param element A points element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addPoints(CurvePoint element);

        /**
         * Adds elements to {@link BonusMalusCurve#points() points} list.
         * @param elements An array of points elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addPoints(CurvePoint... elements);

        /**
         * Adds elements to {@link BonusMalusCurve#points() points} list.
         * @param elements An iterable of points elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllPoints(Iterable<? extends CurvePoint> elements);

        /**
         * Initializes the value for the {@link BonusMalusCurve#unit() unit} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link BonusMalusCurve#unit() unit}.</em>
         * @param unit The value for unit 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder unit(BonusMalusCurve.Unit unit);

        /**
         * Adds a point.
         *
         * @param score  the score, e.g. {@code 0.8}, not null
         * @param value  the payout at that score in the curve's unit, e.g. {@code -5}, not null
         * @return this builder
         * @throws dev.partnering.ValidationException if the point itself is invalid (see {@link CurvePoint})
         */
        default Builder point(BigDecimal score, BigDecimal value) {
            addPoints(CurvePoint.of(score, value));
            return this;
        }

        /**
         * @return the BonusMalusCurve, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        BonusMalusCurve build();
    }
}
