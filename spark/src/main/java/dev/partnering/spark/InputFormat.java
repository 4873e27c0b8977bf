package dev.partnering.spark;

/**
 * How the row inputs (measurements, breach events, cost outcomes) are stored.
 *
 * @since 0.1.0
 */
public enum InputFormat {
    /** CSV files with a header line, read by Spark's CSV reader, every column as text. */
    CSV,
    /** Parquet files, read by Spark's Parquet reader; the mapped columns are cast to text. */
    PARQUET
}
