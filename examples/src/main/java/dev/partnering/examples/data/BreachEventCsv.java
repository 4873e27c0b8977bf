package dev.partnering.examples.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.Penalty;
import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.jackson.csv.PartneringCsv;

/**
 * Reads breach events (late deliveries, stock-outs: whatever a {@link Penalty} of the agreement's
 * incentive scheme charges for) from a CSV file:
 * <pre>
 * event_id,penalty_id,date,units,description,excluded_reason
 * proj-17,late-delivery,2026-02-16,3,Office 365 migration delivered 3 days late,
 * </pre>
 * {@code units} defaults to 1; {@code excluded_reason}, when given, excludes the event (e.g. force
 * majeure). The penalty must be one of the scheme's. Read by the SDK's {@code PartneringCsv}.
 *
 * @since 0.1.0
 */
public final class BreachEventCsv {

    /** The columns. */
    public static final List<String> COLUMNS = CsvColumns.breachEvents().columns();

    private BreachEventCsv() {
    }

    /**
     * @param agreement  the agreement whose scheme's penalties the rows must name, not null
     * @param source  the file, not null
     * @return the events, in file order, never null
     * @throws InputException if the file is missing or malformed, or a row names an unknown penalty
     */
    public static List<BreachEvent> read(Agreement agreement, DataFile source) throws InputException {
        Objects.requireNonNull(agreement, "agreement");
        List<BreachEvent> events = new ArrayList<>();
        JacksonCsv.read(PartneringCsv.standard().withProblemLimit(CsvReader.PROBLEM_LIMIT).breachEvents(agreement),
                source, Progress.none(), events::add);
        return events;
    }
}
