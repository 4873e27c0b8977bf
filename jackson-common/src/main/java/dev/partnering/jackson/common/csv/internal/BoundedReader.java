package dev.partnering.jackson.common.csv.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses lines longer than a maximum: a text without line breaks ({@code /dev/zero},
 * a binary file) stops with {@link LineTooLongException} after at most that many characters, instead
 * of filling the parser's buffers. Lines end at {@code \n}, {@code \r\n} or {@code \r}. Not thread-safe.
 */
public final class BoundedReader extends FilterReader {

    /** The longest line, in characters, a CSV file may have: 64 KiB. */
    public static final int MAX_LINE_LENGTH = 64 * 1024;

    /** Thrown when a line is longer than allowed. */
    public static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        private final long line;

        LineTooLongException(long line) {
            super("line " + line + " is longer than " + MAX_LINE_LENGTH + " characters");
            this.line = line;
        }

        /** @return the 1-based line that is too long */
        public long line() {
            return line;
        }
    }

    private final int maxLength;
    private long line = 1;
    private int length;
    private boolean afterCarriageReturn;

    /**
     * @param in  the text, not null
     * @param maxLength  the longest line allowed, in characters
     */
    public BoundedReader(Reader in, int maxLength) {
        super(in);
        this.maxLength = maxLength;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n') {
            if (!afterCarriageReturn) {
                line++;
            }
            length = 0;
        } else if (c == '\r') {
            line++;
            length = 0;
        } else if (++length > maxLength) {
            throw new LineTooLongException(line);
        }
        afterCarriageReturn = c == '\r';
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }
}
