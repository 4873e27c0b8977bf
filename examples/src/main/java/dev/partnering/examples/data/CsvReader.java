package dev.partnering.examples.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Streams a CSV file with a header row, one record at a time: the file is never held in memory
 * whole, so a file of millions of rows reads in constant memory (whatever the handler keeps
 * aside).
 * <p>
 * The dialect is RFC 4180 as ERP exports write it: UTF-8 (a byte-order mark is skipped), comma
 * separated, fields optionally in double quotes with {@code ""} for a quote inside; a quoted field
 * may contain commas but not line breaks. Blank lines are skipped. The header names the columns
 * in any order, case-insensitively; every required column must be there, others are ignored.
 * Every row must have as many fields as the header.
 * <p>
 * A line may have at most {@value #MAX_LINE_LENGTH} characters; a longer one (a file without line
 * breaks such as {@code /dev/zero}, a binary file) stops reading with a problem naming its line,
 * after at most that many characters held in memory.
 * <p>
 * Problems are collected with their file, line and field; reading stops after
 * {@value #PROBLEM_LIMIT} and throws one {@link InputException} listing them.
 *
 * @since 0.1.0
 */
public final class CsvReader {

    /** Reading stops after this many problems. */
    public static final int PROBLEM_LIMIT = 20;

    /** The longest line, in characters, a CSV file may have: 64 KiB. */
    public static final int MAX_LINE_LENGTH = 64 * 1024;

    private static final int PROGRESS_EVERY_ROWS = 4096;

    /** Handles one data row. */
    @FunctionalInterface
    public interface RecordHandler {
        /**
         * @param record  the row; read its fields, record problems on it, build a value if valid
         */
        void accept(CsvRecord record);
    }

    private final DataFile source;
    private final List<String> columns;
    private final Progress progress;

    private CsvReader(DataFile source, List<String> columns, Progress progress) {
        this.source = Objects.requireNonNull(source, "source");
        this.columns = List.copyOf(columns);
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * @param source  the file, not null
     * @param columns  the required columns, lower case, not null
     * @return a reader, never null
     */
    public static CsvReader of(DataFile source, List<String> columns) {
        return new CsvReader(source, columns, Progress.none());
    }

    /**
     * @param progress  the progress to report to, not null
     * @return a copy reporting to {@code progress}
     */
    public CsvReader withProgress(Progress progress) {
        return new CsvReader(source, columns, progress);
    }

    /**
     * Reads every data row.
     *
     * @param handler  called once per data row, in file order, not null
     * @return the number of data rows
     * @throws InputException if the file cannot be read, the header lacks a column, or any row has a problem
     */
    public long read(RecordHandler handler) throws InputException {
        Objects.requireNonNull(handler, "handler");
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Instant> instants = new HashMap<>();
        long rows = 0;
        try (CountingStream counted = new CountingStream(source.open());
                LineReader in = new LineReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                        MAX_LINE_LENGTH)) {
            long lineNo = 0;
            Map<String, Integer> header = null;
            OptionalLong size = source.size();
            progress.update(source.name(), 0, 0, size);
            String line;
            while ((line = nextLine(in, lineNo + 1, problems)) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = header(line, lineNo, problems);
                    if (header == null) {
                        break;
                    }
                    continue;
                }
                rows++;
                List<String> fields = split(line, lineNo, header.size(), problems);
                if (fields != null) {
                    CsvRecord record = new CsvRecord(source.name(), lineNo, header, fields, instants);
                    handler.accept(record);
                    problems.addAll(record.problems());
                }
                if (problems.size() >= PROBLEM_LIMIT) {
                    throw new InputException(problems.subList(0, PROBLEM_LIMIT), true);
                }
                if (rows % PROGRESS_EVERY_ROWS == 0) {
                    progress.update(source.name(), rows, counted.count, size);
                }
            }
            if (header == null && problems.isEmpty()) {
                problems.add(InputProblem.ofFile(source.name(), "is empty; expected a header row with the columns "
                        + String.join(",", columns)));
            }
        } catch (CharacterCodingException e) {
            problems.add(InputProblem.ofFile(source.name(), "is not valid UTF-8 (after data row " + rows + ")"));
        } catch (IOException e) {
            problems.add(InputProblem.ofFile(source.name(), "cannot be read: " + InputProblem.describe(e)));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems, false);
        }
        progress.finished(source.name(), rows);
        return rows;
    }

    /** @return the next line, or null at the end or after a line too long (recorded as a problem) */
    private String nextLine(LineReader in, long lineNo, List<InputProblem> problems) throws IOException {
        try {
            return in.next();
        } catch (LineReader.LineTooLongException e) {
            problems.add(new InputProblem(source.name(), lineNo, Optional.empty(), "is longer than the "
                    + MAX_LINE_LENGTH + " characters a line may have; reading stopped (is it a CSV file?)"));
            return null;
        }
    }

    private Map<String, Integer> header(String line, long lineNo, List<InputProblem> problems) {
        List<String> names = split(line, lineNo, -1, problems);
        if (names == null) {
            return null;
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (header.put(name, i) != null) {
                problems.add(InputProblem.at(source.name(), lineNo, name, "the header names column '" + name + "' twice"));
            }
        }
        for (String c : columns) {
            if (!header.containsKey(c)) {
                problems.add(InputProblem.at(source.name(), lineNo, c, "the header has no column '" + c
                        + "'; expected the columns " + String.join(",", columns) + ", found " + String.join(",", names)));
            }
        }
        return problems.isEmpty() ? header : null;
    }

    /** Splits a line into fields; records a problem and returns null if it is malformed. */
    private List<String> split(String line, long lineNo, int expected, List<InputProblem> problems) {
        List<String> fields = new ArrayList<>(expected > 0 ? expected : 16);
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            field.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (!closed) {
                    problems.add(new InputProblem(source.name(), lineNo, Optional.empty(),
                            "a quoted field is not closed (fields cannot span lines)"));
                    return null;
                }
                if (i < n && line.charAt(i) != ',') {
                    problems.add(new InputProblem(source.name(), lineNo, Optional.empty(),
                            "unexpected text after the closing quote of field " + (fields.size() + 1)));
                    return null;
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                field.append(line, i, end);
                i = end;
            }
            fields.add(field.toString());
            if (i >= n) {
                break;
            }
            i++; // the comma
            if (i == n) {
                fields.add("");
                break;
            }
        }
        if (expected >= 0 && fields.size() != expected) {
            problems.add(new InputProblem(source.name(), lineNo, Optional.empty(),
                    "has " + fields.size() + (fields.size() == 1 ? " field" : " fields") + ", the header has " + expected));
            return null;
        }
        return fields;
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
