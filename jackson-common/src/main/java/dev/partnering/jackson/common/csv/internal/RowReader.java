package dev.partnering.jackson.common.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.partnering.jackson.common.csv.CsvException;
import dev.partnering.jackson.common.csv.CsvProblem;
import dev.partnering.jackson.common.csv.CsvReader;
import dev.partnering.jackson.common.csv.CsvRows;

/**
 * The {@link CsvReader} of both Jackson modules: a Jackson parser (the opener) and a decoder per
 * read. Immutable and thread-safe.
 *
 * @param <T>  the type of the values
 */
public final class RowReader<T> implements CsvReader<T> {

    private final RowSource.Opener opener;
    private final Supplier<? extends RowDecoder<T>> decoders;
    private final int problemLimit;

    /**
     * @param opener  the Jackson parser, not null
     * @param decoders  a new decoder for each read, not null
     * @param problemLimit  reading stops after this many problems, positive
     */
    public RowReader(RowSource.Opener opener, Supplier<? extends RowDecoder<T>> decoders, int problemLimit) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.decoders = Objects.requireNonNull(decoders, "decoders");
        this.problemLimit = problemLimit;
    }

    @Override
    public CsvRows<T> open(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(name, "name");
        RowSource source;
        try {
            source = opener.open(new BoundedReader(reader, BoundedReader.MAX_LINE_LENGTH));
        } catch (IOException e) {
            closeQuietly(reader);
            throw new CsvException(List.of(CsvProblem.ofFile(name, "cannot be read: " + e.getMessage())), false);
        }
        return new RowIterator<>(name, source, decoders.get(), problemLimit).start();
    }

    @Override
    public CsvRows<T> open(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        return open(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), name);
    }

    @Override
    public CsvRows<T> open(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new CsvException(List.of(CsvProblem.ofFile(name, "is a directory, not a file")), false);
        }
        try {
            return open(Files.newInputStream(file), name);
        } catch (NoSuchFileException e) {
            throw new CsvException(List.of(CsvProblem.ofFile(name, "no such file")), false);
        } catch (IOException e) {
            throw new CsvException(List.of(CsvProblem.ofFile(name, "cannot be read: " + e.getMessage())), false);
        }
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // already failing
        }
    }
}
