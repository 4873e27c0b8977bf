package dev.partnering.jackson.common.csv.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.jackson.common.csv.CsvException;
import dev.partnering.jackson.common.csv.CsvProblem;
import dev.partnering.jackson.common.csv.CsvRows;

/** The rows of one open file; see {@link CsvRows}. Not thread-safe. */
final class RowIterator<T> implements CsvRows<T> {

    private final String file;
    private final RowSource source;
    private final RowDecoder<T> decoder;
    private final int limit;
    private final List<CsvProblem> problems = new ArrayList<>();
    private final Map<String, Instant> instants = new HashMap<>();
    private Map<String, Integer> index;
    private int width;
    private long rows;
    private T next;
    private boolean ended;
    private boolean closed;

    RowIterator(String file, RowSource source, RowDecoder<T> decoder, int limit) {
        this.file = file;
        this.source = source;
        this.decoder = decoder;
        this.limit = limit;
    }

    /** Reads the header; throws (after closing) if it is missing or lacks a required column. */
    RowIterator<T> start() {
        List<String> names;
        try {
            names = source.next();
        } catch (IOException e) {
            stopOn(e);
            throw failure(false);
        }
        if (names == null) {
            problems.add(CsvProblem.ofFile(file, "is empty; expected a header row with the columns "
                    + decoder.columns().headerRow()));
            throw failure(false);
        }
        header(names, source.line());
        if (!problems.isEmpty()) {
            throw failure(false);
        }
        return this;
    }

    private void header(List<String> names, long line) {
        CsvColumns columns = decoder.columns();
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            String key = CsvColumns.normalise(name);
            if (!key.isEmpty() && byName.put(key, i) != null) {
                problems.add(CsvProblem.at(file, line, name.trim(), "the header names column '" + name.trim() + "' twice"));
            }
        }
        index = new HashMap<>();
        for (String c : columns.columns()) {
            Integer i = byName.get(CsvColumns.normalise(columns.header(c)));
            if (i != null) {
                index.put(c, i);
            } else if (columns.isRequired(c)) {
                problems.add(CsvProblem.at(file, line, columns.header(c), "the header has no column '" + columns.header(c)
                        + "'; expected the columns " + columns.headerRow() + ", found " + String.join(",", names)));
            }
        }
        width = names.size();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (ended) {
                if (!problems.isEmpty()) {
                    List<CsvProblem> found = List.copyOf(problems);
                    problems.clear();
                    close();
                    throw new CsvException(found, false);
                }
                return false;
            }
            advance();
        }
        return true;
    }

    private void advance() {
        List<String> fields;
        try {
            fields = source.next();
        } catch (IOException e) {
            stopOn(e);
            return;
        }
        if (fields == null) {
            ended = true;
            close();
            return;
        }
        if (fields.size() == 1 && fields.get(0).isBlank()) {
            return; // a line of spaces is a blank line
        }
        rows++;
        long line = source.line();
        if (fields.size() != width) {
            problems.add(CsvProblem.ofLine(file, line, "has " + fields.size() + (fields.size() == 1 ? " field" : " fields")
                    + ", the header has " + width));
        } else {
            Row row = new Row(file, line, decoder.columns(), index, fields, instants);
            next = decoder.decode(row);
            problems.addAll(row.problems());
        }
        if (problems.size() >= limit) {
            next = null;
            close();
            throw failure(true);
        }
    }

    /** Records why reading cannot go on and ends the read. */
    private void stopOn(IOException e) {
        if (e instanceof BoundedReader.LineTooLongException tooLong) {
            problems.add(CsvProblem.ofLine(file, tooLong.line(), "is longer than the " + BoundedReader.MAX_LINE_LENGTH
                    + " characters a line may have; reading stopped (is it a CSV file?)"));
        } else if (e instanceof RowSource.MalformedCsvException malformed) {
            problems.add(CsvProblem.ofLine(file, malformed.line(), "is not well-formed CSV: " + malformed.getMessage()
                    + "; reading stopped"));
        } else if (e instanceof CharacterCodingException) {
            problems.add(CsvProblem.ofFile(file, "is not valid UTF-8 (after data row " + rows + ")"));
        } else {
            problems.add(CsvProblem.ofFile(file, "cannot be read: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage())));
        }
        ended = true;
        close();
    }

    private CsvException failure(boolean truncated) {
        close();
        List<CsvProblem> found = truncated ? problems.subList(0, limit) : problems;
        return new CsvException(found, truncated);
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T value = next;
        next = null;
        return value;
    }

    @Override
    public long rowsRead() {
        return rows;
    }

    @Override
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            source.close();
        } catch (IOException | UncheckedIOException e) {
            // the rows are read or reading has already failed: nothing to add
        }
    }
}
