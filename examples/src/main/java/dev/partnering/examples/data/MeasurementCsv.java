package dev.partnering.examples.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.partnering.agreement.Agreement;
import dev.partnering.jackson.csv.PartneringCsv;
import dev.partnering.kpi.Measurement;

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
 * read, so the caller decides what to keep. The reading is the SDK's own
 * ({@code partnering-jackson}'s {@code PartneringCsv}, on {@code jackson-dataformat-csv}); only
 * {@code kpi_id}, {@code period} and {@code recorded_at} must be in the header.
 * <p>
 * Instances are immutable; {@link #read} may be called from several threads.
 *
 * @since 0.1.0
 */
public final class MeasurementCsv {

    /** The columns, in the order the ERP export writes them. */
    public static final List<String> COLUMNS = dev.partnering.jackson.common.csv.CsvColumns.measurements().columns();

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
        return JacksonCsv.read(PartneringCsv.standard().withProblemLimit(CsvReader.PROBLEM_LIMIT).measurements(agreement),
                source, progress, sink);
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
}
