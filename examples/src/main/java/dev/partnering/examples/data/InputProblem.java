package dev.partnering.examples.data;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input file: the file as the user named it, the line (1-based, 0 when
 * the problem is with the file as a whole), the field if one is to blame, and what is wrong.
 * <p>
 * {@link #toString()} reads {@code measurements.csv line 17, field 'value': 'abc' is not a decimal number}.
 * This class is immutable and thread-safe.
 *
 * @param file  the file's name as given, not null
 * @param line  the 1-based line number, 0 for the file as a whole
 * @param field  the field (CSV column or JSON path) to blame, if any
 * @param message  what is wrong, not null
 * @since 0.1.0
 */
public record InputProblem(String file, long line, Optional<String> field, String message) {

    /** Checks for nulls. */
    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param file  the file, not null
     * @param message  what is wrong with the file as a whole, not null
     * @return the problem, never null
     */
    public static InputProblem ofFile(String file, String message) {
        return new InputProblem(file, 0, Optional.empty(), message);
    }

    /**
     * @param file  the file, not null
     * @param line  the 1-based line
     * @param field  the field to blame, not null
     * @param message  what is wrong, not null
     * @return the problem, never null
     */
    public static InputProblem at(String file, long line, String field, String message) {
        return new InputProblem(file, line, Optional.of(field), message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        field.ifPresent(f -> sb.append(line > 0 ? ", " : " ").append("field '").append(f).append('\''));
        return sb.append(": ").append(message).toString();
    }
}
