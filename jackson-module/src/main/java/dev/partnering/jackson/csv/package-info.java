/**
 * Measurements, breach events and cost outcomes from CSV on Jackson 2
 * ({@code jackson-dataformat-csv}): {@link dev.partnering.jackson.csv.PartneringCsv} is the entry
 * point; the readers, rows, columns and problems it hands out are shared with the Jackson 3 module
 * ({@code dev.partnering.jackson.common.csv}). Rows are read as a stream, in constant memory.
 */
package dev.partnering.jackson.csv;
