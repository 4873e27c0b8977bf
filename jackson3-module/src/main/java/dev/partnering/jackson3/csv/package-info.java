/**
 * Measurements, breach events and cost outcomes from CSV on Jackson 3
 * ({@code tools.jackson.dataformat:jackson-dataformat-csv}): {@link dev.partnering.jackson3.csv.PartneringCsv}
 * is the entry point; the readers, rows, columns and problems it hands out are shared with the
 * Jackson 2 module ({@code dev.partnering.jackson.common.csv}). Rows are read as a stream, in
 * constant memory.
 */
package dev.partnering.jackson3.csv;
