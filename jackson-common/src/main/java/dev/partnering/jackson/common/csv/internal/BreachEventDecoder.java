package dev.partnering.jackson.common.csv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.Penalty;
import dev.partnering.jackson.common.csv.CsvColumns;

/** A breach event row: the penalty must be one of the agreement's incentive scheme. Not thread-safe. */
public final class BreachEventDecoder implements RowDecoder<BreachEvent> {

    private final Agreement agreement;
    private final CsvColumns columns;
    private final List<String> penalties;

    /**
     * @param agreement  the agreement whose scheme's penalties the rows must name, not null
     * @param columns  the breach event columns, not null
     */
    public BreachEventDecoder(Agreement agreement, CsvColumns columns) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.penalties = agreement.incentiveScheme().map(s -> s.components().stream()
                .filter(c -> Penalty.TYPE.equals(c.type())).map(c -> c.id()).toList()).orElse(List.of());
    }

    @Override
    public CsvColumns columns() {
        return columns;
    }

    @Override
    public BreachEvent decode(Row r) {
        String id = r.required("event_id");
        String penalty = r.required("penalty_id");
        if (penalty != null && !penalties.contains(penalty)) {
            r.problem("penalty_id", "unknown penalty '" + Row.echo(penalty) + "'; the incentive scheme of agreement '"
                    + agreement.id() + "' has " + (penalties.isEmpty() ? "no penalty" : String.join(", ", penalties)));
        }
        Optional<LocalDate> date = r.requiredDate("date");
        Optional<BigDecimal> units = r.decimal("units");
        if (!r.isValid()) {
            return null;
        }
        try {
            return BreachEvent.builder().id(id).penaltyId(penalty).date(date.orElseThrow())
                    .units(units.orElse(BigDecimal.ONE)).description(r.text("description"))
                    .exclusionReason(r.text("excluded_reason")).build();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                r.problem(column(v.path()), v.rule());
            }
            return null;
        }
    }

    private static String column(String path) {
        switch (path) {
            case "id":
                return "event_id";
            case "penaltyId":
                return "penalty_id";
            case "exclusionReason":
                return "excluded_reason";
            case "date":
            case "description":
                return path;
            default:
                return "units";
        }
    }
}
