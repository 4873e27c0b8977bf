package dev.partnering.examples.data;

import java.util.Locale;
import java.util.Optional;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;

/** Field readers shared by the record files: sides and governance levels. */
final class Fields {

    private Fields() {
    }

    /** Reads {@code customer} or {@code supplier}. */
    static Optional<PartyKind> side(CsvRecord r, String column) {
        String s = r.required(column);
        if (s == null) {
            return Optional.empty();
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "customer":
                return Optional.of(PartyKind.CUSTOMER);
            case "supplier":
                return Optional.of(PartyKind.SUPPLIER);
            default:
                r.problem(column, "'" + s + "' is not a side (use customer or supplier)");
                return Optional.empty();
        }
    }

    /** Reads a level letter {@code A}, {@code B} or {@code C}; blank is empty without a problem. */
    static Optional<GovernanceLevel> level(CsvRecord r, String column) {
        Optional<String> s = r.text(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (GovernanceLevel l : GovernanceLevel.values()) {
            if (l.letter().equalsIgnoreCase(s.get()) || l.name().equalsIgnoreCase(s.get())) {
                return Optional.of(l);
            }
        }
        r.problem(column, "'" + s.get() + "' is not a governance level (use A, B or C)");
        return Optional.empty();
    }
}
