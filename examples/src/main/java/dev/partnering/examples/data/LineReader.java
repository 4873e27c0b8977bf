package dev.partnering.examples.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length: a line that goes on longer (a file without line breaks,
 * {@code /dev/zero}) stops reading with {@link LineTooLongException} after at most that many
 * characters held, instead of exhausting memory. Lines end at {@code \n}, {@code \r\n} or
 * {@code \r}, as {@link java.io.BufferedReader#readLine()} has it. Not thread-safe.
 */
final class LineReader implements Closeable {

    /** Thrown when a line is longer than allowed. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException() {
            super(null, null);
        }
    }

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int len;
    private boolean skipLineFeed;

    LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * @return the next line without its terminator, null at the end of the input
     * @throws LineTooLongException if the line is longer than the maximum
     * @throws IOException if reading fails
     */
    String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (len < 0) {
                    len = 0;
                    return any ? line.toString() : null;
                }
                continue;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buffer[pos] != '\n' && buffer[pos] != '\r') {
                pos++;
            }
            if (line.length() + (pos - start) > maxLength) {
                throw new LineTooLongException();
            }
            line.append(buffer, start, pos - start);
            if (pos < len) {
                skipLineFeed = buffer[pos++] == '\r';
                return line.toString();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
