package dev.partnering.examples.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.Penalty;

/**
 * Reads breach events (late deliveries, stock-outs: whatever a {@link Penalty} of the agreement's
 * incentive scheme charges for) from a CSV file:
 * <pre>
 * event_id,penalty_id,date,units,description,excluded_reason
 * proj-17,late-delivery,2026-02-16,3,Office 365 migration delivered 3 days late,
 * </pre>
 * {@code units} defaults to 1; {@code excluded_reason}, when given, excludes the event (e.g. force
 * majeure). The penalty must be one of the scheme's.
 *
 * @since 0.1.0
 */
public final class BreachEventCsv {

    /** The columns. */
    public static final List<String> COLUMNS = List.of("event_id", "penalty_id", "date", "units", "description",
            "excluded_reason");

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
        Set<String> penalties = agreement.incentiveScheme().map(s -> s.components().stream()
                .filter(c -> Penalty.TYPE.equals(c.type())).map(c -> c.id()).collect(Collectors.toSet())).orElse(Set.of());
        List<BreachEvent> events = new ArrayList<>();
        CsvReader.of(source, COLUMNS).read(r -> {
            String id = r.required("event_id");
            String penalty = r.required("penalty_id");
            if (penalty != null && !penalties.contains(penalty)) {
                r.problem("penalty_id", "unknown penalty '" + penalty + "'; the incentive scheme of agreement '"
                        + agreement.id() + "' has " + (penalties.isEmpty() ? "no penalty" : String.join(", ", penalties)));
            }
            Optional<LocalDate> date = r.requiredDate("date");
            Optional<BigDecimal> units = r.decimal("units");
            if (!r.isValid()) {
                return;
            }
            try {
                events.add(BreachEvent.builder().id(id).penaltyId(penalty).date(date.orElseThrow())
                        .units(units.orElse(BigDecimal.ONE)).description(r.text("description"))
                        .exclusionReason(r.text("excluded_reason")).build());
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    r.problem(v.path().equals("exclusionReason") ? "excluded_reason" : v.path(), v.rule());
                }
            }
        });
        return events;
    }
}
