package dev.partnering.jackson.common.csv.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;

/**
 * A measurement row: the KPI must be the agreement's, the value must fit the valid range of the KPI
 * version in force at the start of the row's period. Caches periods and KPI lookups so that a
 * million rows stay cheap. Not thread-safe.
 */
public final class MeasurementDecoder implements RowDecoder<Measurement> {

    private final Agreement agreement;
    private final CsvColumns columns;
    private final Map<String, ReportingPeriod> periods = new HashMap<>();
    private final Map<String, Map<ReportingPeriod, Optional<KpiDefinition>>> inForce = new HashMap<>();
    private final Set<String> kpiIds;

    /**
     * @param agreement  the agreement whose KPIs the rows must name, not null
     * @param columns  the measurement columns, not null
     */
    public MeasurementDecoder(Agreement agreement, CsvColumns columns) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.kpiIds = new HashSet<>(agreement.kpiIds());
    }

    @Override
    public CsvColumns columns() {
        return columns;
    }

    @Override
    public Measurement decode(Row r) {
        String kpiId = r.required("kpi_id");
        if (kpiId != null && !kpiIds.contains(kpiId)) {
            r.problem("kpi_id", "unknown kpi '" + Row.echo(kpiId) + "'; agreement '" + agreement.id() + "' has "
                    + String.join(", ", agreement.kpiIds()));
            kpiId = null;
        }
        ReportingPeriod period = Periods.parse(r, "period", periods);
        Optional<BigDecimal> value = r.decimal("value");
        Optional<BigDecimal> numerator = r.decimal("numerator");
        Optional<BigDecimal> denominator = r.decimal("denominator");
        Optional<Instant> recordedAt = r.instant("recorded_at");
        if (r.text("recorded_at").isEmpty()) {
            r.problem("recorded_at", "is empty; when the value was recorded is required");
        }
        shape(r);
        if (!r.isValid() || kpiId == null || period == null) {
            return null;
        }
        Measurement.Builder b = Measurement.builder();
        Optional<KpiDefinition> kpi = kpi(kpiId, period);
        if (kpi.isPresent()) {
            b.forKpi(kpi.get());
        } else {
            b.kpiId(kpiId);
        }
        b.period(period).value(value).numerator(numerator).denominator(denominator).source(r.text("source"))
                .recordedAt(recordedAt.orElseThrow()).exclusionReason(r.text("excluded_reason"));
        try {
            return b.build();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                r.problem(column(v.path()), v.rule());
            }
            return null;
        }
    }

    private Optional<KpiDefinition> kpi(String kpiId, ReportingPeriod period) {
        return inForce.computeIfAbsent(kpiId, k -> new HashMap<>())
                .computeIfAbsent(period, p -> agreement.kpiInForce(kpiId, p.start()));
    }

    private static void shape(Row r) {
        boolean hasValue = r.text("value").isPresent();
        boolean hasNumerator = r.text("numerator").isPresent();
        boolean hasDenominator = r.text("denominator").isPresent();
        boolean ratio = hasNumerator || hasDenominator;
        if (hasValue && ratio) {
            r.problem("value", "a row has a value or a numerator and denominator, not both");
        } else if (!hasValue && !ratio) {
            r.problem("value", "is empty; a row needs a value, or a numerator and denominator");
        } else if (ratio && !hasNumerator) {
            r.problem("numerator", "is empty; a ratio needs both numerator and denominator");
        } else if (ratio && !hasDenominator) {
            r.problem("denominator", "is empty; a ratio needs both numerator and denominator");
        }
    }

    private static String column(String path) {
        switch (path) {
            case "kpiId":
                return "kpi_id";
            case "exclusionReason":
                return "excluded_reason";
            case "recordedAt":
                return "recorded_at";
            case "numerator":
            case "denominator":
            case "period":
            case "source":
                return path;
            default:
                return "value";
        }
    }
}
