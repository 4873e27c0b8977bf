package dev.partnering.examples.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

import dev.partnering.jackson.common.csv.CsvException;
import dev.partnering.jackson.common.csv.CsvProblem;
import dev.partnering.jackson.common.csv.CsvReader;
import dev.partnering.jackson.common.csv.CsvRows;

/**
 * Runs a reader of the SDK's CSV support ({@code partnering-jackson}'s {@code PartneringCsv}) over a
 * {@link DataFile}: reports progress, and turns its {@link CsvException} into the examples'
 * {@link InputException} with the same file, line, column and rule.
 */
final class JacksonCsv {

    private static final int PROGRESS_EVERY_ROWS = 4096;

    private JacksonCsv() {
    }

    /**
     * @return the number of data rows read
     * @throws InputException if the file is missing or any row has a problem
     */
    static <T> long read(CsvReader<T> reader, DataFile source, Progress progress, Consumer<? super T> sink)
            throws InputException {
        Objects.requireNonNull(sink, "sink");
        OptionalLong size = source.size();
        progress.update(source.name(), 0, 0, size);
        CountingStream counted = new CountingStream(source.open());
        long nextReport = PROGRESS_EVERY_ROWS;
        try (CsvRows<T> rows = reader.open(counted, source.name())) {
            while (rows.hasNext()) {
                sink.accept(rows.next());
                if (rows.rowsRead() >= nextReport) {
                    progress.update(source.name(), rows.rowsRead(), counted.count, size);
                    nextReport = (rows.rowsRead() / PROGRESS_EVERY_ROWS + 1) * PROGRESS_EVERY_ROWS;
                }
            }
            progress.finished(source.name(), rows.rowsRead());
            return rows.rowsRead();
        } catch (CsvException e) {
            throw new InputException(e.problems().stream().map(JacksonCsv::problem).toList(), e.truncated());
        }
    }

    private static InputProblem problem(CsvProblem p) {
        return new InputProblem(p.file(), p.line(), p.column(), p.rule());
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0) {
                count += r;
            }
            return r;
        }
    }
}
