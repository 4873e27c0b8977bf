package dev.partnering.jackson.common.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a CSV file: the file's name, the line (1-based, 0 for the file as a whole),
 * the column to blame as the file's header names it (if one is), and the rule broken.
 * <p>
 * {@link #toString()} reads {@code measurements.csv line 17, column 'value': 'abc' is not a decimal
 * number (use digits and a point, e.g. 99.5)}. The rule keeps at most 1,000 characters, so that a
 * huge bad value never makes a huge message.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param file  the file's name as given to the reader, not null
 * @param line  the 1-based line the row starts on, 0 for the file as a whole
 * @param column  the column to blame, by its header name, if any; not null
 * @param rule  what is wrong, not null
 * @since 0.1.0
 */
public record CsvProblem(String file, long line, Optional<String> column, String rule) {

    static final int RULE_LENGTH = 1_000;

    /**
     * Checks for nulls; abbreviates a long rule.
     *
     * @param file  the file's name as given to the reader, not null
     * @param line  the 1-based line the row starts on, 0 for the file as a whole
     * @param column  the column to blame, by its header name, if any; not null
     * @param rule  what is wrong, not null
     */
    public CsvProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(rule, "rule");
        if (rule.length() > RULE_LENGTH) {
            rule = rule.substring(0, RULE_LENGTH - 40) + "… (" + rule.length() + " characters)";
        }
    }

    /**
     * @param file  the file, not null
     * @param rule  what is wrong with the file as a whole, not null
     * @return the problem, never null
     */
    public static CsvProblem ofFile(String file, String rule) {
        return new CsvProblem(file, 0, Optional.empty(), rule);
    }

    /**
     * @param file  the file, not null
     * @param line  the 1-based line
     * @param rule  what is wrong with the line as a whole, not null
     * @return the problem, never null
     */
    public static CsvProblem ofLine(String file, long line, String rule) {
        return new CsvProblem(file, line, Optional.empty(), rule);
    }

    /**
     * @param file  the file, not null
     * @param line  the 1-based line
     * @param column  the column's header name, not null
     * @param rule  what is wrong, not null
     * @return the problem, never null
     */
    public static CsvProblem at(String file, long line, String column, String rule) {
        return new CsvProblem(file, line, Optional.of(column), rule);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        column.ifPresent(c -> sb.append(line > 0 ? ", " : " ").append("column '").append(c).append('\''));
        return sb.append(": ").append(rule).toString();
    }
}
