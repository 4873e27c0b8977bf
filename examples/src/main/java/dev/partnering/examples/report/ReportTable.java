package dev.partnering.examples.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plain table a scenario adds to its report, e.g. a consortium's invoice split or the amendments
 * made at iteration reviews. Cells are text; cells that look like numbers are right-aligned.
 *
 * @param title  the table's title, not null
 * @param columns  the column headings, not null
 * @param rows  the rows, each as long as {@code columns}, not null
 * @param note  a sentence under the table, if any
 * @since 0.1.0
 */
public record ReportTable(String title, List<String> columns, List<List<String>> rows, Optional<String> note) {

    /** Copies the lists; checks that every row has a cell per column. */
    public ReportTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        Objects.requireNonNull(note, "note");
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + title + "': row " + row + " has " + row.size()
                        + " cells, the table has " + columns.size() + " columns");
            }
        }
    }
}
