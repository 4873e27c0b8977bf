package dev.partnering.incentive;

import dev.partnering.internal.Limits;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;

/**
 * The inputs of one period to an incentive calculation: the period, its scorecard, the cost
 * outcomes of gain-share components (by component id), the breach events, and optionally the fee
 * (by default the agreement's fee schedule gives it).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IncentivePeriod {

    IncentivePeriod() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the period, never null */
    public abstract ReportingPeriod period();

    /** @return the period's scorecard, if performance-based components need one */
    public abstract Optional<Scorecard> scorecard();

    /** @return the cost outcomes by gain-share component id */
    public abstract Map<String, CostOutcome> costs();

    /** @return the breach events of the period */
    public abstract List<BreachEvent> events();

    /**
     * @return the fee of the period, overriding the agreement's fee schedule: not negative, no more
     *         decimals than the currency's minor unit (a fee is paid)
     */
    public abstract Optional<Money> fee();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("IncentivePeriod");
        attrs.required("period", period());
        attrs.requiredEntries("costs", costs());
        attrs.requiredAll("events", events());
        fee().ifPresent(m -> Limits.check(attrs, "fee", m.amount()));
        attrs.throwIfAny();
        Violations v = Violations.of("IncentivePeriod " + period());
        fee().ifPresent(f -> Limits.payable(v, "fee", f.amount(), f.currency(), "fee of " + period()));
        fee().ifPresent(f -> v.require(!f.isNegative(), "fee", f, () -> "fee of " + period() + " " + f + " must not be negative"));
        costs().keySet().forEach(id -> dev.partnering.internal.Ids.check(v, "costs[" + Limits.show(id) + "]", id, "gain-share component"));
        scorecard().ifPresent(s -> v.require(s.period().equals(period()), "scorecard", s.period(),
                "the scorecard is for " + s.period() + ", not " + period()));
        for (int i = 0; i < events().size(); i++) {
            BreachEvent e = events().get(i);
            v.require(period().contains(e.date()), "events[" + i + "].date", e.date(),
                    "breach event '" + e.id() + "' on " + e.date() + " is outside " + period());
        }
        v.throwIfAny();
    }

    /** A builder of {@link IncentivePeriod}; the period is required. */
    public static final class Builder extends ImmutableIncentivePeriod.Builder {
        Builder() {
        }
    }
}
