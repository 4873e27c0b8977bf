package dev.partnering.examples.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files one command writes, all or none: each is written into a staging directory inside the
 * target directory and moved into place only when every one is complete ({@link #commit}); a
 * command that fails before leaves nothing behind (not even the target directory, if it created
 * it). A single file is written the same way: to a temporary file beside it, then moved
 * ({@link #writeAtomically}). Not thread-safe.
 */
final class Outputs implements AutoCloseable {

    private final Path dir;
    private final Path staging;
    private final boolean created;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    private Outputs(Path dir, Path staging, boolean created) {
        this.dir = dir;
        this.staging = staging;
        this.created = created;
    }

    /**
     * @param dir  the directory the files go to, created if absent
     * @return the outputs, staged in a hidden directory inside {@code dir}
     * @throws IOException if the directory cannot be created
     */
    static Outputs into(Path dir) throws IOException {
        boolean created = !Files.exists(dir);
        Files.createDirectories(dir);
        try {
            return new Outputs(dir, Files.createTempDirectory(dir, ".partnering-"), created);
        } catch (IOException e) {
            if (created) {
                Files.deleteIfExists(dir);
            }
            throw e;
        }
    }

    /**
     * Stages one file.
     *
     * @param name  the file's name within the directory
     * @param content  its content
     * @return where the file will be once committed
     * @throws IOException if it cannot be written
     */
    Path write(String name, byte[] content) throws IOException {
        Files.write(staging.resolve(name), content);
        names.add(name);
        return dir.resolve(name);
    }

    /**
     * Moves every staged file into place, after checking that none of the targets is a directory.
     *
     * @throws IOException if a file cannot be moved
     */
    void commit() throws IOException {
        for (String name : names) {
            Path target = dir.resolve(name);
            if (Files.isDirectory(target)) {
                throw new FileSystemException(target.toString(), null, "Is a directory");
            }
        }
        for (String name : names) {
            move(staging.resolve(name), dir.resolve(name));
        }
        committed = true;
    }

    /** Removes the staging directory, and the target directory if it was created and nothing was committed. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(staging);
        if (created && !committed) {
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Writes one file whole or not at all: to a temporary file in the same directory, then moved
     * over the target.
     *
     * @param file  the target, not null
     * @param content  the content, not null
     * @throws IOException if it cannot be written; the target is then unchanged
     */
    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "Is a directory");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new FileSystemException(file.toString(), null, "No such file or directory");
        }
        Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
