package dev.partnering.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;

/**
 * A penalty (liquidated damages): an amount per breach event, or per unit of a breach (e.g. per
 * day late), capped per period ({@link #periodCap()}, money or percent of the period fee) and per
 * contract year ({@link #yearCap()}, money or percent of the annual fee: the fees of the contract
 * year in the agreement's fee schedule). Contract years run from the term's start date.
 * <p>
 * Events come from {@link IncentivePeriod#events()} with this component's id as their
 * {@code penaltyId}; excluded events (force majeure) count for nothing and are listed. The yearly
 * cap counts the penalties of the earlier periods of the same contract year in the same
 * calculation. This class is immutable and thread-safe.
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
        return new Builder();
    }

    @Override
    public abstract String id();

    /** @return what the rate is charged for; PER_EVENT by default */
    @Value.Default
    public Basis basis() {
        return Basis.PER_EVENT;
    }

    /** @return the amount per event or per unit, not negative */
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
                    + (basis() == Basis.PER_UNIT ? ": " + Decimals.plain(e.units()) + " × " + rate().rounded() : "") + " = " + charge.rounded()));
            raw = raw.plus(charge);
            counted++;
        }
        List<String> caps = new ArrayList<>();
        Money penalty = raw;
        if (periodCap().isPresent() && counted > 0) {
            Money cap = periodCap().get().resolve(context.requireFee(this));
            if (penalty.isGreaterThan(cap)) {
                caps.add("period cap " + periodCap().get().describe() + " = " + cap.rounded() + " applied to " + penalty.rounded());
                steps.add(Step.of(StepKind.RULE, caps.get(caps.size() - 1)));
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

    private Money yearCap(IncentiveContext context, Money penalty, List<Step> steps, List<String> caps) {
        LocalDate start = context.agreement().term().startDate();
        LocalDate periodStart = context.period().start();
        long years = java.time.temporal.ChronoUnit.YEARS.between(start, periodStart);
        LocalDate yearStart = start.plusYears(Math.max(0, years));
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        Money annualFee = context.zero();
        for (PeriodFee f : context.agreement().feeSchedule().fees()) {
            if (!f.period().start().isBefore(yearStart) && !f.period().end().isAfter(yearEnd)) {
                annualFee = annualFee.plus(f.amount());
            }
        }
        Money cap = yearCap().get().resolve(annualFee);
        Money earlier = context.zero();
        for (ComponentOutcome o : context.earlierOutcomes(id())) {
            if (!o.period().start().isBefore(yearStart) && !o.period().start().isAfter(yearEnd)) {
                earlier = earlier.plus(o.amount().negated());
            }
        }
        Money room = cap.minus(earlier).max(context.zero());
        if (penalty.isGreaterThan(room)) {
            String text = "contract-year cap " + yearCap().get().describe() + " (year " + yearStart + " to " + yearEnd + ", annual fee "
                    + annualFee.rounded() + ") = " + cap.rounded() + ", less " + earlier + " already charged, leaves " + room.rounded();
            caps.add(text);
            steps.add(Step.of(StepKind.RULE, text));
            return room;
        }
        return penalty;
    }

    @Override
    public Exposure exposure(Money periodFee) {
        return new Exposure(Optional.of(Money.zero(periodFee.currency())),
                periodCap().map(c -> c.resolve(periodFee).rounded()));
    }

    @Override
    public List<Violation> violationsAgainst(Agreement agreement) {
        Violations v = Violations.of("Penalty");
        v.require(agreement.isInCurrency(rate()), "rate", rate(), "penalty '" + id() + "': rate " + rate()
                + " is not in the agreement's currency " + agreement.currency().getCurrencyCode());
        for (Optional<Bound> b : List.of(periodCap(), yearCap())) {
            if (b.isPresent() && b.get() instanceof Bound.Fixed f) {
                v.require(agreement.isInCurrency(f.amount()), "cap", f.amount(), "penalty '" + id() + "': cap " + f.amount()
                        + " is not in the agreement's currency " + agreement.currency().getCurrencyCode());
            }
        }
        return v.list();
    }

    @Value.Check
    void check() {
        Violations v = Violations.of("Penalty '" + id() + "'");
        Ids.check(v, "id", id(), "component");
        v.require(!rate().isNegative(), "rate", rate(), "penalty '" + id() + "': rate " + rate() + " must not be negative");
        v.throwIfAny();
    }

    /** A builder of {@link Penalty}; id and rate are required. */
    public static final class Builder extends ImmutablePenalty.Builder {
        Builder() {
        }

        /**
         * @param percent  the period cap in percent of the period fee, e.g. "10"
         * @return this builder
         */
        public Builder periodCapPercent(String percent) {
            periodCap(Bound.percentOfFee(new BigDecimal(percent)));
            return this;
        }

        /**
         * @param percent  the contract-year cap in percent of the annual fee, e.g. "10"
         * @return this builder
         */
        public Builder yearCapPercent(String percent) {
            yearCap(Bound.percentOfFee(new BigDecimal(percent)));
            return this;
        }
    }
}
