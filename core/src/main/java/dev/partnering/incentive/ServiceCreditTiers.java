package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.Violation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.explanation.internal.LazySteps;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.internal.Limits;

/**
 * A service-credit table for one KPI: bands of the achieved value, the worst band applying, e.g.
 * availability below 99.8 % → a credit of 2 % of the month's charge, below 98.0 % → 3 %.
 * <p>
 * Two caps, both reported when they bite: a cap per period ({@link #periodCapPercent()} of the
 * period's charge) and a rolling twelve-month cap ({@link #rollingCapPercent()} of the charges of
 * the last twelve months including this one, less the credits this component already gave in the
 * previous eleven months of the same calculation, as far as the supplier bore them: a credit the
 * scheme's net floor cut counts only with the part that was paid).
 * <p>
 * The achieved value is the KPI's period value on the scorecard; a KPI without a measured value
 * gives no credit, and the outcome says so. Which way is worse comes from the KPI's definition
 * (below a threshold for a HIGHER_IS_BETTER KPI, above it for a LOWER_IS_BETTER one): the table
 * does not repeat it. Checked against the agreement ({@link #violationsAgainst}), the KPI must be
 * defined, keep one direction over all its versions, not be BINARY, and a worse threshold must
 * never give a smaller credit.
 * <p>
 * Precision: the credit ({@code fee × band's percentage}), the period cap ({@code fee × cap
 * percentage}) and the rolling cap ({@code Σ charges of the twelve months × cap percentage}) are each
 * rounded once, HALF_EVEN, to the minor unit when computed; the room left under the rolling cap is
 * the rounded cap less what the supplier already bore, exact in minor units. This class is immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceCreditTiers implements IncentiveComponent {

    /** The type name: {@code service-credit-tiers}. */
    public static final String TYPE = "service-credit-tiers";

    ServiceCreditTiers() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableServiceCreditTiers.builder();
    }

    @Override
    public abstract String id();

    /** @return the KPI the table applies to */
    public abstract String kpiId();

    /** @return the bands; a worse threshold never gives a smaller credit */
    public abstract List<CreditBand> bands();

    /** @return the cap per period in percent of the period's charge, if any */
    public abstract Optional<BigDecimal> periodCapPercent();

    /** @return the rolling twelve-month cap in percent of the last twelve months' charges, if any */
    public abstract Optional<BigDecimal> rollingCapPercent();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ComponentOutcome evaluate(IncentiveContext context) {
        Money fee = context.requireFee(this);
        Scorecard scorecard = context.requireScorecard(this);
        Optional<ScorecardLine> line = scorecard.line(kpiId());
        List<Step> steps = new ArrayList<>();
        if (line.isEmpty() || !line.get().status().isMeasured() || line.get().value().isEmpty()) {
            ReportingPeriod period = context.period();
            return zero(context, () -> "no measured value of " + kpiId() + " in " + period + ": no credit");
        }
        Optional<Direction> direction = directionOf(context.agreement(), line.get());
        if (direction.isEmpty()) {
            return zero(context, () -> "kpi '" + kpiId() + "' has no HIGHER_IS_BETTER or LOWER_IS_BETTER definition: no credit");
        }
        BigDecimal value = line.get().value().get();
        Optional<CreditBand> band = worstBand(value, direction.get());
        if (band.isEmpty()) {
            return zero(context, () -> kpiId() + " " + Decimals.plain(value) + " is within every band: no credit");
        }
        Money bandCredit = fee.percent(band.get().creditPercent()).rounded();
        Direction worseThan = direction.get();
        CreditBand worst = band.get();
        steps.add(LazySteps.lazy(() -> Step.of(StepKind.RULE, kpiId() + " " + Decimals.plain(value) + " is " + worse(worseThan)
                + " " + Decimals.plain(worst.threshold()) + ": credit " + Decimals.plain(worst.creditPercent())
                + " % of " + fee + " = " + bandCredit)));
        Money credit = bandCredit;
        List<AppliedCap> caps = new ArrayList<>();
        if (periodCapPercent().isPresent()) {
            Money cap = fee.percent(periodCapPercent().get()).rounded();
            if (credit.isGreaterThan(cap)) {
                caps.add(AppliedCap.of(AppliedCap.Kind.PERIOD, credit, cap));
                Money capped = credit;
                steps.add(LazySteps.lazy(() -> Step.of(StepKind.RULE, "period cap " + Decimals.plain(periodCapPercent().get())
                        + " % = " + cap + " applied to " + capped)));
                credit = cap;
            }
        }
        if (rollingCapPercent().isPresent()) {
            credit = rollingCap(context, credit, steps, caps);
        }
        Money rounded = credit.rounded();
        steps.add(LazySteps.lazy(() -> Step.of(StepKind.RESULT, "credit " + rounded)));
        Money amount = rounded.negated();
        return new ComponentOutcome(id(), TYPE, context.period(), amount, List.of(OutcomeLine.credit(kpiId(), amount)), caps,
                LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, "service-credit tiers '" + id() + "': " + amount, Map.of(),
                        steps)));
    }

    private Money rollingCap(IncentiveContext context, Money credit, List<Step> steps, List<AppliedCap> caps) {
        return rollingCap(context, credit, steps, caps, false);
    }

    /**
     * @param context  the period's context, not null
     * @param credit  the credit so far, not null
     * @param steps  the steps so far, to add the cap's step to, not null
     * @param caps  the caps applied so far, to add the rolling cap to, not null
     * @param exact  true to take the exact {@code Money} path even where the minor units in {@code long}s tell
     *        that the credit is within the room (as a test compares the two)
     * @return the credit, or the room left under the rolling cap if the credit is greater (then the cap and its
     *         step are added)
     */
    Money rollingCap(IncentiveContext context, Money credit, List<Step> steps, List<AppliedCap> caps, boolean exact) {
        // the common case, the credit within the room, told in minor units without making Money; the words of a
        // cap that applies, and anything the long path cannot tell, come from the exact path
        if (!exact && RollingRoom.within(context, credit, id(), rollingCapPercent().get()) == RollingRoom.WITHIN) {
            return credit;
        }
        int window = Math.max(1, 12 / context.period().granularity().months());
        Money charges = context.zero();
        for (int k = 0; k < window; k++) {
            charges = charges.plus(context.feeOf(context.period().plus(-k)).orElse(context.zero()));
        }
        Money given = context.zero();
        ReportingPeriod windowStart = context.period().plus(-(window - 1));
        for (IncentiveContext.Past past : context.earlier()) {
            if (past.period().compareTo(windowStart) >= 0) {
                given = given.plus(past.netEffectOf(id()).negated());
            }
        }
        Money cap = charges.percent(rollingCapPercent().get()).rounded();
        Money room = cap.minus(given).max(context.zero());
        if (credit.isGreaterThan(room)) {
            // the words of the cap (only then): what of the charges and credits was carried in, and what was credited
            Money chargesCarried = context.zero();
            for (int k = 0; k < window; k++) {
                ReportingPeriod p = context.period().plus(-k);
                if (context.earlier(p).filter(IncentiveContext.Past::carriedIn).flatMap(IncentiveContext.Past::fee).isPresent()) {
                    chargesCarried = chargesCarried.plus(context.feeOf(p).orElse(context.zero()));
                }
            }
            Money credited = context.zero();
            Money givenCarried = context.zero();
            for (IncentiveContext.Past past : context.earlier()) {
                if (past.period().compareTo(windowStart) >= 0) {
                    credited = credited.plus(past.amountOf(id()).negated());
                    if (past.carriedIn()) {
                        givenCarried = givenCarried.plus(past.netEffectOf(id()).negated());
                    }
                }
            }
            String text = "rolling twelve-month cap " + Decimals.plain(rollingCapPercent().get()) + " % of " + charges.rounded()
                    + carriedIn(chargesCarried) + " = " + cap.rounded() + ", less " + given + carriedIn(givenCarried)
                    + (given.equals(credited) ? " already credited"
                            : " already borne by the supplier (" + credited + " credited, the rest waived by the net floor or cap)")
                    + ", leaves " + room.rounded();
            caps.add(AppliedCap.of(AppliedCap.Kind.ROLLING_TWELVE_MONTHS, credit, room));
            steps.add(Step.of(StepKind.RULE, text));
            return room;
        }
        return credit;
    }

    /** @return " (of which X carried in)" when something was carried in, else nothing */
    static String carriedIn(Money carried) {
        return carried.isZero() ? "" : " (of which " + carried.rounded() + " carried in)";
    }

    /** The direction of the version on the scorecard line, else of the agreement's versions of the KPI. */
    private Optional<Direction> directionOf(IncentiveTerms terms, ScorecardLine line) {
        Optional<Direction> d = line.definition().map(KpiDefinition::direction);
        if (d.isEmpty()) {
            d = terms.kpiVersions(kpiId()).stream().map(KpiDefinition::direction).findFirst();
        }
        return d.filter(x -> x != Direction.BINARY);
    }

    Optional<CreditBand> worstBand(BigDecimal value, Direction direction) {
        int sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
        // Stream.max's choice without a stream: the greatest credit among the bands the value is worse than, the
        // first of equal ones (compareTo's sign is the difference's)
        CreditBand worst = null;
        List<CreditBand> bands = bands();
        for (int i = 0, n = bands.size(); i < n; i++) {
            CreditBand b = bands.get(i);
            if (value.compareTo(b.threshold()) * sign < 0
                    && (worst == null || b.creditPercent().compareTo(worst.creditPercent()) > 0)) {
                worst = b;
            }
        }
        return Optional.ofNullable(worst);
    }

    private static String worse(Direction direction) {
        return direction == Direction.LOWER_IS_BETTER ? "above" : "below";
    }

    private ComponentOutcome zero(IncentiveContext context, java.util.function.Supplier<String> why) {
        return new ComponentOutcome(id(), TYPE, context.period(), context.zero(), List.of(), List.of(),
                LazySteps.lazy(() -> Step.of(StepKind.RULE, "service-credit tiers '" + id() + "': " + why.get())));
    }

    /** The worst band's credit within the period cap (the balance analysis bounds a period by the rolling cap too). */
    @Override
    public Exposure exposure(Money periodFee) {
        return Exposure.of(Money.zero(periodFee.currency()), periodFee.percent(worstPercent()).rounded());
    }

    /** The per-period credit times the periods, but no more than the rolling cap on the year's fees. */
    @Override
    public Exposure exposurePerYear(Money periodFee, int periodsPerYear) {
        Money down = exposure(periodFee).downside().orElseThrow().multipliedBy(BigDecimal.valueOf(periodsPerYear));
        if (rollingCapPercent().isPresent()) {
            down = down.min(periodFee.multipliedBy(BigDecimal.valueOf(periodsPerYear)).percent(rollingCapPercent().get()).rounded());
        }
        return Exposure.of(Money.zero(periodFee.currency()), down);
    }

    private BigDecimal worstPercent() {
        BigDecimal worst = bands().stream().map(CreditBand::creditPercent).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return periodCapPercent().map(worst::min).orElse(worst);
    }

    @Override
    public List<Violation> violationsAgainst(IncentiveTerms agreement) {
        Violations v = Violations.of("ServiceCreditTiers");
        List<KpiDefinition> versions = agreement.kpiVersions(kpiId());
        v.require(!versions.isEmpty(), "kpiId", kpiId(), () -> "service-credit tiers '" + id() + "' apply to kpi '" + kpiId()
                + "', which the agreement does not define");
        if (versions.isEmpty()) {
            return v.list();
        }
        Direction direction = versions.get(0).direction();
        for (KpiDefinition k : versions) {
            v.require(k.direction() == direction, "kpiId", kpiId(), () -> "service-credit tiers '" + id() + "' apply to kpi '"
                    + kpiId() + "', which is " + direction + " in v" + versions.get(0).version() + " but " + k.direction()
                    + " in v" + k.version() + ": a table has one direction");
        }
        v.require(direction != Direction.BINARY, "kpiId", kpiId(), () -> "service-credit tiers '" + id()
                + "' need a HIGHER_IS_BETTER or LOWER_IS_BETTER kpi, but '" + kpiId() + "' is BINARY");
        if (!v.isEmpty()) {
            return v.list(); // the order of the bands is judged by one usable direction
        }
        int sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
        List<CreditBand> byWorse = new ArrayList<>(bands());
        // from the mildest threshold to the worst one
        byWorse.sort((a, b) -> b.threshold().compareTo(a.threshold()) * sign);
        for (int i = 1; i < byWorse.size(); i++) {
            CreditBand milder = byWorse.get(i - 1);
            CreditBand worse = byWorse.get(i);
            v.require(worse.creditPercent().compareTo(milder.creditPercent()) >= 0, "bands",
                    Decimals.plain(worse.threshold()), () -> "service-credit tiers '" + id() + "': the worse band at "
                            + Decimals.plain(worse.threshold()) + " gives " + Decimals.plain(worse.creditPercent())
                            + " %, less than " + Decimals.plain(milder.creditPercent()) + " % at " + Decimals.plain(milder.threshold())
                            + " (kpi '" + kpiId() + "' is " + direction + ")");
        }
        return v.list();
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("ServiceCreditTiers");
        attrs.required("id", id());
        attrs.required("kpiId", kpiId());
        attrs.requiredAll("bands", bands());
        Limits.check(attrs, "periodCapPercent", periodCapPercent().orElse(null));
        Limits.check(attrs, "rollingCapPercent", rollingCapPercent().orElse(null));
        attrs.throwIfAny();
        Violations v = Violations.of("ServiceCreditTiers '" + id() + "'");
        Ids.check(v, "id", id(), "component");
        Ids.check(v, "kpiId", kpiId(), "kpi");
        v.require(!bands().isEmpty(), "bands", "[]", () -> "service-credit tiers '" + id() + "' need at least one band");
        List<CreditBand> byThreshold = new ArrayList<>(bands());
        byThreshold.sort(Comparator.comparing(CreditBand::threshold));
        for (int i = 1; i < byThreshold.size(); i++) {
            CreditBand lower = byThreshold.get(i - 1);
            CreditBand higher = byThreshold.get(i);
            v.require(lower.threshold().compareTo(higher.threshold()) != 0, "bands", Decimals.plain(higher.threshold()),
                    () -> "service-credit tiers '" + id() + "': two bands at " + Decimals.plain(higher.threshold()));
        }
        periodCapPercent().ifPresent(c -> v.require(c.signum() >= 0 && c.compareTo(BigDecimal.valueOf(100)) <= 0,
                "periodCapPercent", c, () -> "service-credit tiers '" + id() + "': period cap "
                        + Decimals.plain(c) + " % must be 0 to 100 %"));
        rollingCapPercent().ifPresent(c -> v.require(c.signum() >= 0 && c.compareTo(BigDecimal.valueOf(100)) <= 0,
                "rollingCapPercent", c, () -> "service-credit tiers '" + id() + "': rolling cap "
                        + Decimals.plain(c) + " % must be 0 to 100 %"));
        v.throwIfAny();
    }

    /**
     * @return the KPIs this component reads, never null
     * @since 0.1.0
     */
    @Override
    public java.util.Set<String> kpiIds() {
        return java.util.Set.of(kpiId());
    }

    /**
     * A builder of {@link ServiceCreditTiers}; id, kpiId and at least one band are required.
     * <p>
     * Obtained from {@link ServiceCreditTiers#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link ServiceCreditTiers#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link ServiceCreditTiers#kpiId() kpiId} attribute.
         * @param kpiId The value for kpiId (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder kpiId(String kpiId);

        /**
         * Adds one element to {@link ServiceCreditTiers#bands() bands} list.
         * @param element A bands element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addBands(CreditBand element);

        /**
         * Adds elements to {@link ServiceCreditTiers#bands() bands} list.
         * @param elements An array of bands elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addBands(CreditBand... elements);

        /**
         * Adds elements to {@link ServiceCreditTiers#bands() bands} list.
         * @param elements An iterable of bands elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllBands(Iterable<? extends CreditBand> elements);

        /**
         * Initializes the optional value {@link ServiceCreditTiers#periodCapPercent() periodCapPercent} to periodCapPercent.
         * @param periodCapPercent The value for periodCapPercent
         * @return {@code this} builder for chained invocation
         */
        Builder periodCapPercent(BigDecimal periodCapPercent);

        /**
         * Initializes the optional value {@link ServiceCreditTiers#periodCapPercent() periodCapPercent} to periodCapPercent.
         * @param periodCapPercent The value for periodCapPercent
         * @return {@code this} builder for use in a chained invocation
         */
        Builder periodCapPercent(Optional<? extends BigDecimal> periodCapPercent);

        /**
         * Initializes the optional value {@link ServiceCreditTiers#rollingCapPercent() rollingCapPercent} to rollingCapPercent.
         * @param rollingCapPercent The value for rollingCapPercent
         * @return {@code this} builder for chained invocation
         */
        Builder rollingCapPercent(BigDecimal rollingCapPercent);

        /**
         * Initializes the optional value {@link ServiceCreditTiers#rollingCapPercent() rollingCapPercent} to rollingCapPercent.
         * @param rollingCapPercent The value for rollingCapPercent
         * @return {@code this} builder for use in a chained invocation
         */
        Builder rollingCapPercent(Optional<? extends BigDecimal> rollingCapPercent);

        /**
         * Adds a band.
         *
         * @param threshold  the threshold, e.g. {@code 99.8}, not null
         * @param creditPercent  the credit in percent of the period's charge, e.g. {@code 2} for 2 %, not null
         * @return this builder
         * @throws dev.partnering.ValidationException if the band itself is invalid (see {@link CreditBand})
         */
        default Builder band(BigDecimal threshold, BigDecimal creditPercent) {
            addBands(CreditBand.of(threshold, creditPercent));
            return this;
        }

        /**
         * @return the ServiceCreditTiers, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        ServiceCreditTiers build();
    }
}
