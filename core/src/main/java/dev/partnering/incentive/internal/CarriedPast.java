package dev.partnering.incentive.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.CarriedCredit;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.money.Money;
import dev.partnering.scorecard.KpiStatus;

/**
 * A period carried in by an opening balance, as components see it through
 * {@link IncentiveContext.Past}: inputs without a scorecard, one outcome per component with an
 * amount or credit (its credit lines per KPI), the gross as their sum, and the limits carried.
 * Not part of the API (the package is not exported). This class is immutable and thread-safe.
 *
 * @param carried  the carried period
 * @param inputs  inputs holding only the period
 * @param outcomes  the carried outcomes
 * @param gross  Σ of the outcomes' amounts
 * @since 0.1.0
 */
public record CarriedPast(CarriedPeriod carried, IncentivePeriod inputs, List<ComponentOutcome> outcomes, Money gross)
        implements IncentiveContext.Past {

    /**
     * Copies the list; checks for nulls.
     *
     * @param carried the carried period
     * @param inputs inputs holding only the period
     * @param outcomes the carried outcomes
     * @param gross Σ of the outcomes' amounts
     */
    public CarriedPast {
        Objects.requireNonNull(carried, "carried");
        Objects.requireNonNull(inputs, "inputs");
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(gross, "gross");
    }

    /**
     * @param carried  the carried period, not null
     * @param scheme  the scheme, for the components' types, not null
     * @param currency  the agreement's currency, not null
     * @return the past period, never null
     */
    public static CarriedPast of(CarriedPeriod carried, IncentiveScheme scheme, Currency currency) {
        List<ComponentOutcome> outcomes = new ArrayList<>();
        Money gross = Money.zero(currency);
        for (String id : carried.componentIds()) {
            Money amount = carried.amountOf(id).orElseThrow();
            List<OutcomeLine> lines = new ArrayList<>();
            for (CarriedCredit c : carried.credits()) {
                if (c.componentId().equals(id)) {
                    lines.add(OutcomeLine.credit(c.kpiId(), c.amount().negated()));
                }
            }
            String type = scheme.component(id).map(c -> c.type()).orElse("carried");
            outcomes.add(new ComponentOutcome(id, type, carried.period(), amount, lines, List.of(),
                    Step.of(StepKind.INPUT, "'" + id + "' carried in for " + carried.period() + ": " + amount)));
            gross = gross.plus(amount);
        }
        return new CarriedPast(carried, IncentivePeriod.builder().period(carried.period()).build(), outcomes, gross);
    }

    @Override
    public Optional<Money> fee() {
        return carried.charge();
    }

    @Override
    public NetLimits limits() {
        return carried.limits();
    }

    @Override
    public boolean carriedIn() {
        return true;
    }

    @Override
    public Optional<KpiStatus> kpiStatus(String kpiId) {
        return Optional.ofNullable(carried.kpiStatuses().get(Objects.requireNonNull(kpiId, "kpiId")));
    }

    @Override
    public Optional<BigDecimal> score() {
        return carried.score();
    }
}
