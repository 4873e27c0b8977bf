package dev.partnering.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.testkit.internal.Inputs;

/**
 * The raw inputs of one reporting period to an incentive calculation, as an ERP would hand them
 * over: the KPI measurements, the breach events, the cost outcomes of gain-share components (by
 * component id) and optionally the fee (otherwise the agreement's fee schedule gives it).
 * <p>
 * {@link #toIncentivePeriod(Agreement)} computes the period's scorecard with the standard
 * {@link ScorecardCalculator} and gives the {@link IncentivePeriod} the calculator takes. The
 * measurements may include earlier periods' (for the LAST_KNOWN missing-data policy).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param period  the period, not null
 * @param measurements  the raw measurements, in the order given, not null
 * @param events  the breach events of the period, in the order given, not null
 * @param costs  the cost outcomes by gain-share component id, not null
 * @param fee  the period's fee, overriding the agreement's fee schedule, if given, not null
 * @since 0.1.0
 */
public record PeriodInputs(ReportingPeriod period, List<Measurement> measurements, List<BreachEvent> events,
        Map<String, CostOutcome> costs, Optional<Money> fee) {

    /**
     * Copies the collections (costs sorted by component id); checks for nulls.
     *
     * @param period  the period, not null
     * @param measurements  the raw measurements, in the order given, not null
     * @param events  the breach events of the period, in the order given, not null
     * @param costs  the cost outcomes by gain-share component id, not null
     * @param fee  the period's fee, overriding the agreement's fee schedule, if given, not null
     */
    public PeriodInputs {
        Objects.requireNonNull(period, "period");
        measurements = List.copyOf(measurements);
        events = List.copyOf(events);
        costs = Collections.unmodifiableMap(new TreeMap<>(costs));
        Objects.requireNonNull(fee, "fee");
    }

    /**
     * @param period  the period, not null
     * @param measurements  the measurements, not null
     * @return inputs with measurements only: no events, no costs, the fee from the schedule, never null
     */
    public static PeriodInputs of(ReportingPeriod period, Collection<Measurement> measurements) {
        return new PeriodInputs(period, List.copyOf(measurements), List.of(), Map.of(), Optional.empty());
    }

    /**
     * Performance exactly at target: every KPI in force at the start of the period measured so that
     * its period value equals its target (1 for a BINARY KPI), in enough measurements or volume to
     * meet a minimum-volume condition; no breach events and no cost outcomes.
     *
     * @param agreement  the agreement, not null
     * @param period  the period, not null
     * @return the inputs, never null
     */
    public static PeriodInputs atTarget(Agreement agreement, ReportingPeriod period) {
        return of(period, Inputs.atTarget(agreement, period));
    }

    /**
     * @param measurements  the measurements, not null
     * @return a copy with these measurements instead, never null
     */
    public PeriodInputs withMeasurements(Collection<Measurement> measurements) {
        return new PeriodInputs(period, List.copyOf(measurements), events, costs, fee);
    }

    /**
     * @param events  the breach events, not null
     * @return a copy with these events instead, never null
     */
    public PeriodInputs withEvents(Collection<BreachEvent> events) {
        return new PeriodInputs(period, measurements, List.copyOf(events), costs, fee);
    }

    /**
     * @param gainShareId  the id of the gain-share component, not null
     * @param cost  its cost outcome in the period, not null
     * @return a copy with this cost outcome added or replaced, never null
     */
    public PeriodInputs withCost(String gainShareId, CostOutcome cost) {
        Map<String, CostOutcome> copy = new TreeMap<>(costs);
        copy.put(Objects.requireNonNull(gainShareId, "gainShareId"), Objects.requireNonNull(cost, "cost"));
        return new PeriodInputs(period, measurements, events, copy, fee);
    }

    /**
     * @param fee  the period's fee, not null
     * @return a copy with this fee overriding the fee schedule, never null
     */
    public PeriodInputs withFee(Money fee) {
        return new PeriodInputs(period, measurements, events, costs, Optional.of(fee));
    }

    /**
     * Computes the period's scorecard and assembles the calculator's input.
     *
     * @param agreement  the agreement, not null
     * @return the period's inputs with its scorecard, never null
     * @throws dev.partnering.ValidationException if a measurement or event does not fit
     */
    public IncentivePeriod toIncentivePeriod(Agreement agreement) {
        IncentivePeriod.Builder b = IncentivePeriod.builder().period(period)
                .scorecard(ScorecardCalculator.standard().calculate(agreement, period, measurements))
                .putAllCosts(costs).addAllEvents(events);
        fee.ifPresent(b::fee);
        return b.build();
    }

    /** @return e.g. {@code 2026-03 {kpi-1: 99.5, 98 (excluded: force majeure); kpi-2: 45/50; costs gain-share: 1000 - 900 EUR; fee from the schedule}} */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add(Inputs.describeMeasurements(period, measurements));
        parts.add(Inputs.describeEvents(events));
        parts.add(Inputs.describeCosts(costs));
        parts.add(fee.map(f -> "fee " + f).orElse("fee from the schedule"));
        return period + " {" + String.join("; ", parts) + "}";
    }
}
