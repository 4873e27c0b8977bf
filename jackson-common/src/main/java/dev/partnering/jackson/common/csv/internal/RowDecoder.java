package dev.partnering.jackson.common.csv.internal;

import dev.partnering.jackson.common.csv.CsvColumns;

/**
 * Turns a row into a domain value, recording its problems on the row. One instance per read: a
 * decoder may cache (periods, KPI versions) and is not thread-safe.
 *
 * @param <T>  the type of the values
 */
public interface RowDecoder<T> {

    /** @return the columns the decoder reads, never null */
    CsvColumns columns();

    /**
     * @param row  the row, not null
     * @return the value, or null if the row has problems (recorded on it)
     */
    T decode(Row row);
}
