package dev.partnering.examples.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where an input file comes from: a file on disk or a resource of the examples jar. Knows the
 * name to use in messages and, for files, the size (for progress).
 *
 * @since 0.1.0
 */
public abstract class DataFile {

    private final String name;

    private DataFile(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * @param file  a file, not null
     * @return the source, named as the path was given
     */
    public static DataFile of(Path file) {
        Objects.requireNonNull(file, "file");
        return new DataFile(file.toString()) {
            @Override
            public InputStream open() throws InputException {
                if (Files.isDirectory(file)) {
                    throw new InputException(InputProblem.ofFile(name(), "is a directory, not a file"));
                }
                try {
                    return Files.newInputStream(file);
                } catch (NoSuchFileException e) {
                    throw new InputException(InputProblem.ofFile(name(), "no such file"));
                } catch (IOException e) {
                    throw new InputException(InputProblem.ofFile(name(), "cannot be read: " + InputProblem.describe(e)));
                }
            }

            @Override
            public OptionalLong size() {
                try {
                    return OptionalLong.of(Files.size(file));
                } catch (IOException e) {
                    return OptionalLong.empty();
                }
            }
        };
    }

    /**
     * @param path  a resource path within the examples jar, e.g. {@code scenarios/it-partnering/measurements.csv}
     * @return the source, named by the path
     */
    public static DataFile resource(String path) {
        Objects.requireNonNull(path, "path");
        return new DataFile(path) {
            @Override
            public InputStream open() throws InputException {
                InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path);
                if (in == null) {
                    throw new InputException(InputProblem.ofFile(name(), "no such resource in the examples jar"));
                }
                return in;
            }

            @Override
            public OptionalLong size() {
                return OptionalLong.empty();
            }
        };
    }

    /** @return the name used in messages, never null */
    public String name() {
        return name;
    }

    /**
     * @return the file's bytes; the caller closes the stream
     * @throws InputException if the file does not exist or cannot be read
     */
    public abstract InputStream open() throws InputException;

    /** @return the size in bytes, if known */
    public abstract OptionalLong size();

    @Override
    public String toString() {
        return name;
    }
}
