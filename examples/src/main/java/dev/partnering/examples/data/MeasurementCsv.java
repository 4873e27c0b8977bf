package dev.partnering.examples.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;

/**
 * Reads measurements from the CSV an ERP exports, one row per raw measurement:
 * <pre>
 * kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason
 * availability,2026-01,99.7,,,Zabbix monthly report,2026-02-01T06:00:00Z,
 * ticket-sla,2026-01,,180,200,ServiceNow export,2026-02-01T06:00:00Z,
 * ticket-sla,2026-02,,12,14,ServiceNow export,2026-03-01T06:00:00Z,"Force majeure: storm, power cut"
 * </pre>
 * A row has either a {@code value} or a {@code numerator} and {@code denominator} (a ratio KPI's
 * part of Σ numerators / Σ denominators). {@code period} is a month, quarter or year;
 * {@code recorded_at} an ISO instant, a date-time with offset, or a date; {@code excluded_reason},
 * when given, excludes the measurement (e.g. force majeure) and says why.
 * <p>
 * Each row is checked against the agreement: the KPI must exist, and the value must fit the
 * valid range of the KPI version in force at the start of the row's period. A problem names the
 * file, the line and the field. The file is streamed: measurements go to a consumer as they are
 * read, so the caller decides what to keep.
 * <p>
 * Instances are immutable; {@link #read} may be called from several threads.
 *
 * @since 0.1.0
 */
public final class MeasurementCsv {

    /** The columns, in the order the ERP export writes them. */
    public static final List<String> COLUMNS = List.of("kpi_id", "period", "value", "numerator", "denominator",
            "source", "recorded_at", "excluded_reason");

    private final Agreement agreement;
    private final Progress progress;

    private MeasurementCsv(Agreement agreement, Progress progress) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * @param agreement  the agreement whose KPIs the rows must name, not null
     * @return a reader, never null
     */
    public static MeasurementCsv forAgreement(Agreement agreement) {
        return new MeasurementCsv(agreement, Progress.none());
    }

    /**
     * @param progress  where to report progress on large files, not null
     * @return a copy reporting progress
     */
    public MeasurementCsv withProgress(Progress progress) {
        return new MeasurementCsv(agreement, progress);
    }

    /**
     * Streams the file's measurements to a consumer.
     *
     * @param source  the file, not null
     * @param sink  receives each valid measurement in file order, not null
     * @return the number of data rows read
     * @throws InputException if the file is missing or malformed, or a row names an unknown KPI or
     *         breaks a rule, listing up to {@value CsvReader#PROBLEM_LIMIT} problems
     */
    public long read(DataFile source, Consumer<Measurement> sink) throws InputException {
        Objects.requireNonNull(sink, "sink");
        RowParser parser = new RowParser();
        return CsvReader.of(source, COLUMNS).withProgress(progress).read(r -> parser.parse(r).ifPresent(sink));
    }

    /**
     * Reads the whole file into a list; for files of a modest size.
     *
     * @param source  the file, not null
     * @return the measurements in file order, never null
     * @throws InputException as for {@link #read(DataFile, Consumer)}
     */
    public List<Measurement> readAll(DataFile source) throws InputException {
        List<Measurement> all = new ArrayList<>();
        read(source, all::add);
        return all;
    }

    /** Parses rows; caches periods and KPI lookups so a million rows stay cheap. Not thread-safe. */
    private final class RowParser {
        private final Map<String, ReportingPeriod> periods = new HashMap<>();
        private final Map<String, Map<ReportingPeriod, Optional<KpiDefinition>>> inForce = new HashMap<>();
        private final Set<String> kpiIds = new HashSet<>(agreement.kpiIds());

        Optional<Measurement> parse(CsvRecord r) {
            String kpiId = r.required("kpi_id");
            if (kpiId != null && !kpiIds.contains(kpiId)) {
                r.problem("kpi_id", "unknown kpi '" + kpiId + "'; agreement '" + agreement.id() + "' has "
                        + String.join(", ", agreement.kpiIds()));
                kpiId = null;
            }
            ReportingPeriod period = period(r);
            Optional<BigDecimal> value = r.decimal("value");
            Optional<BigDecimal> numerator = r.decimal("numerator");
            Optional<BigDecimal> denominator = r.decimal("denominator");
            Optional<String> source = r.text("source");
            Optional<Instant> recordedAt = r.instant("recorded_at");
            Optional<String> excluded = r.text("excluded_reason");
            if (r.text("recorded_at").isEmpty()) {
                r.problem("recorded_at", "is empty; when the value was recorded is required");
            }
            shape(r, value, numerator, denominator);
            if (!r.isValid() || kpiId == null || period == null) {
                return Optional.empty();
            }
            Measurement.Builder b = Measurement.builder();
            Optional<KpiDefinition> kpi = kpi(kpiId, period);
            if (kpi.isPresent()) {
                b.forKpi(kpi.get());
            } else {
                b.kpiId(kpiId);
            }
            b.period(period).value(value).numerator(numerator).denominator(denominator).source(source)
                    .recordedAt(recordedAt.orElseThrow()).exclusionReason(excluded);
            try {
                return Optional.of(b.build());
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    r.problem(column(v.path()), v.rule());
                }
                return Optional.empty();
            }
        }

        private ReportingPeriod period(CsvRecord r) {
            String text = r.required("period");
            if (text == null) {
                return null;
            }
            ReportingPeriod p = periods.get(text);
            if (p == null) {
                try {
                    p = ReportingPeriod.parse(text);
                    periods.put(text, p);
                } catch (ValidationException e) {
                    r.problem("period", "'" + text + "' is not a reporting period (use a month 2026-03, a quarter 2026-Q1 or a year 2026)");
                }
            }
            return p;
        }

        private Optional<KpiDefinition> kpi(String kpiId, ReportingPeriod period) {
            return inForce.computeIfAbsent(kpiId, k -> new HashMap<>())
                    .computeIfAbsent(period, p -> agreement.kpiInForce(kpiId, p.start()));
        }

        private void shape(CsvRecord r, Optional<BigDecimal> value, Optional<BigDecimal> numerator,
                Optional<BigDecimal> denominator) {
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

        private String column(String path) {
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
}
