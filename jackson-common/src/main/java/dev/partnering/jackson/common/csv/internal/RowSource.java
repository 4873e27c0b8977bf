package dev.partnering.jackson.common.csv.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of a CSV text as a Jackson parser splits them: the only part of CSV reading that
 * differs between Jackson 2 and Jackson 3. Not thread-safe.
 */
public interface RowSource extends Closeable {

    /**
     * @return the next row's fields, untrimmed, or null at the end of the text
     * @throws MalformedCsvException if the text is not CSV at this point (reading cannot go on)
     * @throws IOException if the text cannot be read
     */
    List<String> next() throws IOException;

    /** @return the 1-based line on which the row last returned by {@link #next()} starts */
    long line();

    /** Opens a row source over a text; one per Jackson line. */
    @FunctionalInterface
    interface Opener {
        /**
         * @param reader  the text, not null
         * @return the rows, never null
         * @throws IOException if the parser cannot be created
         */
        RowSource open(java.io.Reader reader) throws IOException;
    }

    /** The text is not CSV where the parser stands; Jackson's own message says why. */
    final class MalformedCsvException extends IOException {
        private static final long serialVersionUID = 1L;

        private final long line;

        /**
         * @param line  the 1-based line of the row that could not be read
         * @param message  what the parser says, not null
         */
        public MalformedCsvException(long line, String message) {
            super(message);
            this.line = line;
        }

        /** @return the 1-based line of the row that could not be read */
        public long line() {
            return line;
        }
    }
}
