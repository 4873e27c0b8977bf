package dev.partnering.incentive;

import dev.partnering.internal.Limits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.immutables.value.Value;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * A penalty (liquidated damages): an amount per breach event, or per unit of a breach (e.g. per
 * day late), capped per period ({@link #periodCap()}, money or percent of the period fee) and per
 * contract year ({@link #yearCap()}, money or percent of the annual fee: the fees of the periods
 * that start within the contract year and the term, each given with the period or else from the
 * agreement's fee schedule; a calculation that cannot determine them is refused). Contract years
 * run from the term's start date.
 * <p>
 * Events come from {@link IncentivePeriod#events()} with this component's id as their
 * {@code penaltyId}; excluded events (force majeure) count for nothing and are listed. The yearly
 * cap counts the penalties of the earlier periods of the same contract year in the same
 * calculation, as far as the supplier bore them: a penalty the scheme's net
 * floor cut counts only with the part that was paid.
 * <p>
 * Precision: the period's penalty is one formula, Σ charges (the rate per event, or units × rate;
 * a rate may be finer than the minor unit), exact, rounded once, HALF_EVEN, to the minor unit after
 * the caps; the charges are shown exactly as they are. A cap that is a percentage is {@code fee × percent / 100} (the annual fee being the sum of
 * the period fees) rounded once to the minor unit ({@link Bound#resolve}). This class is immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Penalty implements IncentiveComponent {

    /** The type name: {@code penalty}. */
    public static final String TYPE = "penalty";

    /** What the rate is charged for. */
    public enum Basis {
        /** The rate per breach event. */
        PER_EVENT,
        /** The rate per unit of each event (e.g. per day late). */
        PER_UNIT
    }

    Penalty() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return new CapBuilder();
    }

    @Override
    public abstract String id();

    /** @return what the rate is charged for; PER_EVENT by default */
    @Value.Default
    public Basis basis() {
        return Basis.PER_EVENT;
    }

    /**
     * @return the amount per event or per unit, not negative, never null. Per event it is paid as it
     *         is, so it has no more decimals than the currency's minor unit (5000.5 JPY is refused);
     *         per unit (per day late) it is a rate and may be finer, the charge is rounded once
     */
    public abstract Money rate();

    /** @return the cap per period, if any (percent of the period fee, or money) */
    public abstract Optional<Bound> periodCap();

    /** @return the cap per contract year, if any (percent of the annual fee, or money) */
    public abstract Optional<Bound> yearCap();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ComponentOutcome evaluate(IncentiveContext context) {
        List<Step> steps = new ArrayList<>();
        Money raw = context.zero();
        int counted = 0;
        List<BreachEvent> events = new ArrayList<>(context.inputs().events());
        events.sort((a, b) -> a.id().compareTo(b.id()));
        for (BreachEvent e : events) {
            if (!e.penaltyId().equals(id())) {
                continue;
            }
            if (e.isExcluded()) {
                steps.add(Step.of(StepKind.RULE, "event '" + e.id() + "' on " + e.date() + " excluded: " + e.exclusionReason().get()));
                continue;
            }
            Money charge = basis() == Basis.PER_EVENT ? rate() : rate().multipliedBy(e.units());
            steps.add(Step.of(StepKind.COMPUTATION, "event '" + e.id() + "' on " + e.date()
                    + (basis() == Basis.PER_UNIT ? ": " + Decimals.plain(e.units()) + " × " + shown(rate()) : "") + " = " + shown(charge)));
            raw = raw.plus(charge);
            counted++;
        }
        List<AppliedCap> caps = new ArrayList<>();
        Money penalty = raw;
        if (periodCap().isPresent() && counted > 0) {
            Money cap = periodCap().get().resolve(context.requireFee(this));
            if (penalty.isGreaterThan(cap)) {
                caps.add(AppliedCap.of(AppliedCap.Kind.PERIOD, penalty, cap));
                steps.add(Step.of(StepKind.RULE, "period cap " + periodCap().get().describe() + " = " + cap.rounded()
                        + " applied to " + penalty.rounded()));
                penalty = cap;
            }
        }
        if (yearCap().isPresent() && counted > 0) {
            penalty = yearCap(context, penalty, steps, caps);
        }
        Money amount = penalty.rounded().negated();
        steps.add(Step.of(StepKind.RESULT, counted + " event(s): penalty " + penalty.rounded()));
        return new ComponentOutcome(id(), TYPE, context.period(), amount, List.of(), caps,
                Step.of(StepKind.COMPUTATION, "penalty '" + id() + "': " + amount, Map.of(), steps));
    }

    /** @return the amount at the currency's scale when it has no more decimals, else exactly as it is */
    private static Money shown(Money m) {
        return m.isRounded() ? m.rounded() : m;
    }

    private Money yearCap(IncentiveContext context, Money penalty, List<Step> steps, List<AppliedCap> caps) {
        LocalDate start = context.agreement().term().startDate();
        long years = ChronoUnit.YEARS.between(start, context.period().start());
        LocalDate yearStart = start.plusYears(Math.max(0, years));
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        Money cap;
        String basis = "";
        if (yearCap().get() instanceof Bound.Fixed f) {
            cap = f.amount();
        } else {
            Money annualFee = annualFee(context, yearStart, yearEnd);
            cap = yearCap().get().resolve(annualFee);
            basis = ", annual fee " + annualFee.rounded();
        }
        Money charged = context.zero();
        Money borne = context.zero();
        Money borneCarried = context.zero();
        for (IncentiveContext.Past past : context.earlier()) {
            LocalDate s = past.period().start();
            if (!s.isBefore(yearStart) && !s.isAfter(yearEnd)) {
                charged = charged.plus(past.amountOf(id()).negated());
                Money effect = past.netEffectOf(id()).negated();
                borne = borne.plus(effect);
                if (past.carriedIn()) {
                    borneCarried = borneCarried.plus(effect);
                }
            }
        }
        Money room = cap.minus(borne).max(context.zero());
        if (penalty.isGreaterThan(room)) {
            String text = "contract-year cap " + yearCap().get().describe() + " (year " + yearStart + " to " + yearEnd + basis
                    + ") = " + cap.rounded() + ", less " + borne + ServiceCreditTiers.carriedIn(borneCarried)
                    + (borne.equals(charged) ? " already charged"
                            : " already borne by the supplier (" + charged + " charged, the rest waived by the net floor or cap)")
                    + ", leaves " + room.rounded();
            caps.add(AppliedCap.of(AppliedCap.Kind.CONTRACT_YEAR, penalty, room));
            steps.add(Step.of(StepKind.RULE, text));
            return room;
        }
        return penalty;
    }

    /**
     * The fees of the periods (of the calculation's granularity) that start within the contract year
     * and the term: the fee given with a period of the calculation, otherwise the fee schedule's.
     *
     * @throws ValidationException if a period of the contract year has no known fee
     */
    private Money annualFee(IncentiveContext context, LocalDate yearStart, LocalDate yearEnd) {
        LocalDate termEnd = context.agreement().term().currentEndDate();
        LocalDate last = yearEnd.isAfter(termEnd) ? termEnd : yearEnd;
        LocalDate until = last.isBefore(context.period().start()) ? context.period().start() : last;
        ReportingPeriod first = context.period();
        while (!first.plus(-1).start().isBefore(yearStart)) {
            first = first.plus(-1);
        }
        Money sum = context.zero();
        List<ReportingPeriod> unknown = new ArrayList<>();
        for (ReportingPeriod p = first; !p.start().isAfter(until); p = p.plus(1)) {
            Optional<Money> fee = context.feeOf(p);
            if (fee.isPresent()) {
                sum = sum.plus(fee.get());
            } else {
                unknown.add(p);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException("Penalty '" + id() + "'", List.of(Violation.of("yearCap", yearCap().get().describe(),
                    "penalty '" + id() + "': the contract-year cap is " + yearCap().get().describe().replace("the fee", "the annual fee")
                            + " of the contract year " + yearStart + " to " + yearEnd + ", but " + unknownFees(unknown)
                            + ", so the annual fee cannot be determined")));
        }
        return sum;
    }

    private static String unknownFees(List<ReportingPeriod> unknown) {
        if (unknown.size() == 1) {
            return "the fee of " + unknown.get(0) + " is neither in the fee schedule nor given with the period";
        }
        String periods = unknown.size() <= 3 ? unknown.stream().map(ReportingPeriod::toString).collect(Collectors.joining(", "))
                : unknown.get(0) + " … " + unknown.get(unknown.size() - 1) + " (" + unknown.size() + " periods)";
        return "the fees of " + periods + " are neither in the fee schedule nor given with their periods";
    }

    /** The period cap; unbounded without one (the balance analysis bounds a period by the year's cap too). */
    @Override
    public Exposure exposure(Money periodFee) {
        return new Exposure(Optional.of(Money.zero(periodFee.currency())), periodCap().map(c -> c.resolve(periodFee).rounded()));
    }

    /** The period cap times the periods, but no more than the contract-year cap on the fees of a year. */
    @Override
    public Exposure exposurePerYear(Money periodFee, int periodsPerYear) {
        Optional<Money> down = periodCap().map(c -> c.resolve(periodFee).rounded().multipliedBy(BigDecimal.valueOf(periodsPerYear)));
        Optional<Money> year = yearCap().map(c -> c.resolve(periodFee.multipliedBy(BigDecimal.valueOf(periodsPerYear))).rounded());
        if (year.isPresent()) {
            down = Optional.of(down.map(d -> d.min(year.get())).orElse(year.get()));
        }
        return new Exposure(Optional.of(Money.zero(periodFee.currency())), down);
    }

    @Override
    public List<Violation> violationsAgainst(IncentiveTerms agreement) {
        Violations v = Violations.of("Penalty");
        v.require(agreement.isInCurrency(rate()), "rate", rate(), () -> "penalty '" + id() + "': rate " + rate()
                + " is not in the agreement's currency " + agreement.currency().getCurrencyCode());
        for (Optional<Bound> b : List.of(periodCap(), yearCap())) {
            if (b.isPresent() && b.get() instanceof Bound.Fixed f) {
                v.require(agreement.isInCurrency(f.amount()), "cap", f.amount(), () -> "penalty '" + id() + "': cap " + f.amount()
                        + " is not in the agreement's currency " + agreement.currency().getCurrencyCode());
            }
        }
        return v.list();
    }

    @Value.Check
    void check() {
        // every violation at once: first the structure (every required attribute present, every decimal
        // within bounds), then each rule whose attributes are there to judge it
        Violations attrs = Violations.of("Penalty");
        boolean hasId = attrs.required("id", id());
        attrs.required("basis", basis());
        boolean rateOk = attrs.required("rate", rate()) && Limits.check(attrs, "rate", rate().amount());
        // the subject of a penalty refused for its structure is "Penalty", as before; without an id a rule
        // reads "penalty" instead of "penalty 'null'"
        Violations v = attrs.isEmpty() ? Violations.of("Penalty '" + id() + "'") : attrs;
        String what = hasId ? "penalty '" + id() + "'" : "penalty";
        if (hasId) {
            Ids.check(v, "id", id(), "component");
        }
        // a rate beyond the bounds is named for its bounds: its sign and decimals are not judged
        if (rateOk) {
            v.require(!rate().isNegative(), "rate", rate(), () -> what + ": rate " + rate() + " must not be negative");
            if (basis() == Basis.PER_EVENT) {
                // an amount per event is paid as it is; a rate per unit (per day late) may be finer
                Limits.payable(v, "rate", rate().amount(), rate().currency(), what + ": amount per event");
            }
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link Penalty}; id and rate are required.
     * <p>
     * Obtained from {@link Penalty#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link Penalty#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link Penalty#basis() basis} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Penalty#basis() basis}.</em>
         * @param basis The value for basis 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder basis(Penalty.Basis basis);

        /**
         * Initializes the value for the {@link Penalty#rate() rate} attribute.
         * @param rate The value for rate (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder rate(Money rate);

        /**
         * Initializes the optional value {@link Penalty#periodCap() periodCap} to periodCap.
         * @param periodCap The value for periodCap
         * @return {@code this} builder for chained invocation
         */
        Builder periodCap(Bound periodCap);

        /**
         * Initializes the optional value {@link Penalty#periodCap() periodCap} to periodCap.
         * @param periodCap The value for periodCap
         * @return {@code this} builder for use in a chained invocation
         */
        Builder periodCap(Optional<? extends Bound> periodCap);

        /**
         * Initializes the optional value {@link Penalty#yearCap() yearCap} to yearCap.
         * @param yearCap The value for yearCap
         * @return {@code this} builder for chained invocation
         */
        Builder yearCap(Bound yearCap);

        /**
         * Initializes the optional value {@link Penalty#yearCap() yearCap} to yearCap.
         * @param yearCap The value for yearCap
         * @return {@code this} builder for use in a chained invocation
         */
        Builder yearCap(Optional<? extends Bound> yearCap);

        /**
         * Caps the penalty per period at a percentage of the period fee:
         * {@code periodCap(Bound.percentOfFee(percent))}. The builder from {@link Penalty#builder()}
         * reports a percentage that is not a valid cap (null, or outside 0 to 100) at {@link #build()},
         * together with every other problem.
         *
         * @param percent  the period cap in percent of the period fee, e.g. {@code 10} for 10 %, not null
         * @return this builder
         */
        default Builder periodCapPercent(BigDecimal percent) {
            return periodCap(Bound.percentOfFee(percent));
        }

        /**
         * Caps the penalty per contract year at a percentage of the annual fee:
         * {@code yearCap(Bound.percentOfFee(percent))}. The builder from {@link Penalty#builder()}
         * reports a percentage that is not a valid cap (null, or outside 0 to 100) at {@link #build()},
         * together with every other problem.
         *
         * @param percent  the contract-year cap in percent of the annual fee, e.g. {@code 10} for 10 %, not null
         * @return this builder
         */
        default Builder yearCapPercent(BigDecimal percent) {
            return yearCap(Bound.percentOfFee(percent));
        }

        /**
         * @return the value, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Penalty build();
    }


    /**
     * The builder {@link #builder()} returns: the generated one, behind the percentage caps, which
     * keep the violations of a cap that {@link Bound#percentOfFee} refuses until {@link #build()} so
     * that they are reported together with the value's own.
     */
    static final class CapBuilder implements Builder {
        private final Builder delegate = ImmutablePenalty.builder();
        private final dev.partnering.internal.Pending pending = new dev.partnering.internal.Pending("Penalty");


        /**
         * @return the penalty, never null
         * @throws dev.partnering.ValidationException listing every problem, including a percentage given to
         *         {@link #periodCapPercent} or {@link #yearCapPercent} that is not a valid cap
         */
        @Override
        public Penalty build() {
            return pending.build(delegate::build);
        }

        /**
         * Sets the period cap as a percentage: {@code periodCap(Bound.percentOfFee(percent))}. A percentage outside
         * 0 to 100 is reported by {@link #build()}, with every other problem.
         *
         * @param percent  the period cap in percent of the period fee, e.g. {@code 10} for 10 %, not null
         * @return this builder
         */
        @Override
        public Builder periodCapPercent(BigDecimal percent) {
            try {
                periodCap(Bound.percentOfFee(percent));
            } catch (dev.partnering.ValidationException e) {
                pending.add("periodCap", e);
            }
            return this;
        }

        /**
         * Sets the contract-year cap as a percentage: {@code yearCap(Bound.percentOfFee(percent))}. A percentage outside
         * 0 to 100 is reported by {@link #build()}, with every other problem.
         *
         * @param percent  the contract-year cap in percent of the annual fee, e.g. {@code 10} for 10 %, not null
         * @return this builder
         */
        @Override
        public Builder yearCapPercent(BigDecimal percent) {
            try {
                yearCap(Bound.percentOfFee(percent));
            } catch (dev.partnering.ValidationException e) {
                pending.add("yearCap", e);
            }
            return this;
        }
        @Override
        public Builder id(String id) {
            delegate.id(id);
            return this;
        }

        @Override
        public Builder basis(Penalty.Basis basis) {
            delegate.basis(basis);
            return this;
        }

        @Override
        public Builder rate(Money rate) {
            delegate.rate(rate);
            return this;
        }

        @Override
        public Builder periodCap(Bound periodCap) {
            delegate.periodCap(periodCap);
            return this;
        }

        @Override
        public Builder periodCap(Optional<? extends Bound> periodCap) {
            delegate.periodCap(periodCap);
            return this;
        }

        @Override
        public Builder yearCap(Bound yearCap) {
            delegate.yearCap(yearCap);
            return this;
        }

        @Override
        public Builder yearCap(Optional<? extends Bound> yearCap) {
            delegate.yearCap(yearCap);
            return this;
        }
    }
}
