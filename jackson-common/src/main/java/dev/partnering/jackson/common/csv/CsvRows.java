package dev.partnering.jackson.common.csv;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The rows of an open CSV file, read one at a time as they are asked for: only the current row is
 * held, so a file of millions of rows reads in constant memory. Close it (try-with-resources) to
 * release the file.
 * <p>
 * Valid rows are handed out as they are read. A bad row is skipped and its problems kept; when the
 * reader's problem limit is reached, reading stops and {@link #hasNext()} throws one
 * {@link CsvException} listing them (marked truncated); otherwise, at the end of the file,
 * {@code hasNext()} throws a {@code CsvException} listing every problem found. A caller that wants
 * all or nothing collects the rows ({@link CsvReader#readAll}) and gets the exception instead of a
 * list; a caller that streams must be ready to undo what the valid rows did.
 * <p>
 * Not thread-safe: one thread reads an instance.
 *
 * @param <T>  the type of the values the rows become
 * @since 0.1.0
 */
public interface CsvRows<T> extends Iterator<T>, AutoCloseable {

    /**
     * @return true if there is another valid row
     * @throws CsvException at the end of the file if any row was bad, or as soon as the problem
     *         limit is reached, or when the file cannot be read further
     */
    @Override
    boolean hasNext();

    /** @return the data rows read so far, valid or not (blank lines are not rows) */
    long rowsRead();

    /**
     * @return the remaining rows as a sequential stream that closes this when closed; never null
     */
    Stream<T> stream();

    /** Releases the file. Does not throw. */
    @Override
    void close();
}
