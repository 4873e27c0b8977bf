/**
 * Measurements, breach events and cost outcomes from CSV, shared by the Jackson 2 and Jackson 3
 * modules: the column mappings ({@link dev.partnering.jackson.common.csv.CsvColumns}), the rows
 * read as a stream ({@link dev.partnering.jackson.common.csv.CsvRows}) and the problems that name
 * file, line, column and rule ({@link dev.partnering.jackson.common.csv.CsvException}).
 * The parsing itself is Jackson's ({@code jackson-dataformat-csv}); the entry points are
 * {@code dev.partnering.jackson.csv.PartneringCsv} (Jackson 2) and
 * {@code dev.partnering.jackson3.csv.PartneringCsv} (Jackson 3).
 */
package dev.partnering.jackson.common.csv;
