package dev.partnering.spark.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.Penalty;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Turns one agreement's input rows into the SDK's values, checking each against the agreement as
 * the examples' CSV readers do: the KPI or penalty must exist, the value must satisfy the SDK's
 * rules (which the SDK's builders enforce and word). A row with a problem yields nothing and its
 * {@link RowFields} holds the message. Not thread-safe; one per agreement.
 */
final class Rows {

    private final Agreement agreement;
    private final Set<String> kpiIds;
    private final Set<String> penalties;
    /** The KPI version in force per KPI and period: an agreement's rows repeat both. */
    private final Map<String, Optional<KpiDefinition>> inForce = new HashMap<>();

    /** A parsed cost outcome. */
    record Cost(ReportingPeriod period, String componentId, CostOutcome outcome) {
    }

    Rows(Agreement agreement) {
        this.agreement = agreement;
        this.kpiIds = new HashSet<>(agreement.kpiIds());
        this.penalties = agreement.incentiveScheme().map(s -> s.components().stream()
                .filter(c -> Penalty.TYPE.equals(c.type())).map(c -> c.id()).collect(Collectors.toSet())).orElse(Set.of());
    }

    Optional<Measurement> measurement(RowFields r) {
        String kpiId = r.required("kpi_id");
        if (kpiId != null && !kpiIds.contains(kpiId)) {
            r.problem("kpi_id", "unknown kpi '" + kpiId + "'; agreement '" + agreement.id() + "' has "
                    + String.join(", ", agreement.kpiIds()));
            kpiId = null;
        }
        ReportingPeriod period = r.period("period");
        Optional<BigDecimal> value = r.decimal("value");
        Optional<BigDecimal> numerator = r.decimal("numerator");
        Optional<BigDecimal> denominator = r.decimal("denominator");
        Optional<Instant> recordedAt = r.instant("recorded_at");
        if (r.text("recorded_at").isEmpty()) {
            r.problem("recorded_at", "is empty; when the value was recorded is required");
        }
        shape(r);
        if (!r.isValid() || kpiId == null || period == null) {
            return Optional.empty();
        }
        Measurement.Builder b = Measurement.builder();
        String id = kpiId;
        Optional<KpiDefinition> kpi = inForce.computeIfAbsent(id + "@" + period,
                k -> agreement.kpiInForce(id, period.start()));
        if (kpi.isPresent()) {
            b.forKpi(kpi.get());
        } else {
            b.kpiId(kpiId);
        }
        b.period(period).value(value).numerator(numerator).denominator(denominator).source(r.text("source"))
                .recordedAt(recordedAt.orElseThrow()).exclusionReason(r.text("excluded_reason"));
        try {
            return Optional.of(b.build());
        } catch (ValidationException e) {
            r.problems(e);
            return Optional.empty();
        }
    }

    private static void shape(RowFields r) {
        boolean ratio = r.text("numerator").isPresent() || r.text("denominator").isPresent();
        if (r.text("value").isPresent() && ratio) {
            r.problem("value", "a row has a value or a numerator and denominator, not both");
        } else if (r.text("value").isEmpty() && !ratio) {
            r.problem("value", "is empty; a row needs a value, or a numerator and denominator");
        } else if (ratio && r.text("numerator").isEmpty()) {
            r.problem("numerator", "is empty; a ratio needs both numerator and denominator");
        } else if (ratio && r.text("denominator").isEmpty()) {
            r.problem("denominator", "is empty; a ratio needs both numerator and denominator");
        }
    }

    Optional<BreachEvent> event(RowFields r, LocalDate from, LocalDate to) {
        String id = r.required("event_id");
        String penalty = r.required("penalty_id");
        if (penalty != null && !penalties.contains(penalty)) {
            r.problem("penalty_id", "unknown penalty '" + penalty + "'; the incentive scheme of agreement '"
                    + agreement.id() + "' has " + (penalties.isEmpty() ? "no penalty" : String.join(", ", penalties)));
        }
        Optional<LocalDate> date = r.date("date");
        Optional<BigDecimal> units = r.decimal("units");
        if (date.isPresent() && (date.get().isBefore(from) || date.get().isAfter(to))) {
            r.problem("date", date.get() + " is outside the evaluated periods (" + from + " to " + to + ")");
        }
        if (!r.isValid()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BreachEvent.builder().id(id).penaltyId(penalty).date(date.orElseThrow())
                    .units(units.orElse(BigDecimal.ONE)).description(r.text("description"))
                    .exclusionReason(r.text("excluded_reason")).build());
        } catch (ValidationException e) {
            r.problems(e);
            return Optional.empty();
        }
    }

    Optional<Cost> cost(RowFields r, Set<ReportingPeriod> evaluated, Map<ReportingPeriod, Map<String, CostOutcome>> seen) {
        String component = r.required("component_id");
        ReportingPeriod period = r.period("period");
        Optional<BigDecimal> baseline = r.decimal("baseline");
        Optional<BigDecimal> actual = r.decimal("actual");
        String currency = r.required("currency");
        if (r.text("baseline").isEmpty()) {
            r.problem("baseline", "is empty; the baseline cost is required");
        }
        if (r.text("actual").isEmpty()) {
            r.problem("actual", "is empty; the actual cost is required");
        }
        if (period != null && !evaluated.contains(period)) {
            r.problem("period", period + " is not an evaluated period (the measurements' periods are)");
        }
        if (period != null && component != null && seen.getOrDefault(period, Map.of()).containsKey(component)) {
            r.problem("period", "component '" + component + "' already has a cost outcome for " + period);
        }
        if (!r.isValid()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cost(period, component, CostOutcome.of(Money.of(baseline.orElseThrow(),
                    Money.currency(currency)), Money.of(actual.orElseThrow(), Money.currency(currency)))));
        } catch (ValidationException e) {
            r.problems(e);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            r.problem("currency", e.getMessage());
            return Optional.empty();
        }
    }

}
