package dev.partnering.jackson.common.csv;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads one kind of value (measurements, breach events or cost outcomes) from CSV files. Obtained
 * from {@code PartneringCsv} of the Jackson 2 or the Jackson 3 module, which supplies the parser.
 * <p>
 * The dialect is RFC 4180: UTF-8 (a byte-order mark is skipped), comma separated, fields optionally
 * in double quotes with {@code ""} for a quote inside (a quoted field may span lines). Blank lines
 * are skipped; fields are trimmed. The first non-blank line is the header: it names the columns,
 * in any order, case-insensitively, by the names of the reader's {@link CsvColumns}; other columns
 * are ignored. Every row has as many fields as the header. A line may have at most 65,536
 * characters: a longer one (a binary file, {@code /dev/zero}) stops reading after that many
 * characters held.
 * <p>
 * Implementations are immutable and thread-safe; each {@code open} gets its own state.
 *
 * @param <T>  the type of the values the rows become
 * @since 0.1.0
 */
public interface CsvReader<T> {

    /**
     * Opens a file, reads its header and returns its rows.
     *
     * @param reader  the text, not null; closed when the rows are closed
     * @param name  the file's name for messages, not null
     * @return the rows, never null; close them
     * @throws CsvException if the file is empty or its header lacks a required column
     */
    CsvRows<T> open(Reader reader, String name);

    /**
     * Opens a file of UTF-8 bytes (malformed UTF-8 is a problem, never replaced).
     *
     * @param in  the bytes, not null; closed when the rows are closed
     * @param name  the file's name for messages, not null
     * @return the rows, never null; close them
     * @throws CsvException as for {@link #open(Reader, String)}
     */
    CsvRows<T> open(InputStream in, String name);

    /**
     * Opens a file on disk, named in messages as the path is given.
     *
     * @param file  the file, not null
     * @return the rows, never null; close them
     * @throws CsvException if the file cannot be opened, or as for {@link #open(Reader, String)}
     */
    CsvRows<T> open(Path file);

    /**
     * Streams every valid row of a file to a consumer, in file order.
     *
     * @param file  the file, not null
     * @param sink  receives each valid value, not null
     * @return the number of data rows read
     * @throws CsvException after the last row if any row was bad (the valid rows have been
     *         delivered by then), or as soon as the problem limit is reached
     */
    default long read(Path file, Consumer<? super T> sink) {
        Objects.requireNonNull(sink, "sink");
        try (CsvRows<T> rows = open(file)) {
            return drain(rows, sink);
        }
    }

    /**
     * Streams every valid row to a consumer, in file order.
     *
     * @param in  UTF-8 bytes, not null; closed at the end
     * @param name  the file's name for messages, not null
     * @param sink  receives each valid value, not null
     * @return the number of data rows read
     * @throws CsvException as for {@link #read(Path, Consumer)}
     */
    default long read(InputStream in, String name, Consumer<? super T> sink) {
        Objects.requireNonNull(sink, "sink");
        try (CsvRows<T> rows = open(in, name)) {
            return drain(rows, sink);
        }
    }

    /**
     * Reads a whole file into a list: all or nothing.
     *
     * @param file  the file, not null
     * @return the values in file order, never null
     * @throws CsvException if any row is bad; no list is returned then
     */
    default List<T> readAll(Path file) {
        List<T> all = new ArrayList<>();
        read(file, all::add);
        return all;
    }

    /**
     * Reads a whole file into a list: all or nothing.
     *
     * @param reader  the text, not null; closed at the end
     * @param name  the file's name for messages, not null
     * @return the values in file order, never null
     * @throws CsvException if any row is bad; no list is returned then
     */
    default List<T> readAll(Reader reader, String name) {
        List<T> all = new ArrayList<>();
        try (CsvRows<T> rows = open(reader, name)) {
            drain(rows, all::add);
        }
        return all;
    }

    /**
     * Reads a whole file of UTF-8 bytes into a list: all or nothing.
     *
     * @param in  the bytes, not null; closed at the end
     * @param name  the file's name for messages, not null
     * @return the values in file order, never null
     * @throws CsvException if any row is bad; no list is returned then
     */
    default List<T> readAll(InputStream in, String name) {
        List<T> all = new ArrayList<>();
        read(in, name, all::add);
        return all;
    }

    private static <T> long drain(CsvRows<T> rows, Consumer<? super T> sink) {
        while (rows.hasNext()) {
            sink.accept(rows.next());
        }
        return rows.rowsRead();
    }

}
