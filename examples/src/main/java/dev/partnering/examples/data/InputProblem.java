package dev.partnering.examples.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input file: the file as the user named it, the line (1-based, 0 when
 * the problem is with the file as a whole), the field if one is to blame, and what is wrong.
 * <p>
 * {@link #toString()} reads {@code measurements.csv line 17, field 'value': 'abc' is not a decimal number}.
 * The message keeps at most 1,000 characters, every long value quoted in it abbreviated
 * ({@link Abbreviation}), and the field at most 300, so that a huge bad value never makes a huge
 * message.
 * This class is immutable and thread-safe.
 *
 * @param file  the file's name as given, not null
 * @param line  the 1-based line number, 0 for the file as a whole
 * @param field  the field (CSV column or JSON path) to blame, if any
 * @param message  what is wrong, not null
 * @since 0.1.0
 */
public record InputProblem(String file, long line, Optional<String> field, String message) {

    /** The longest field (a column or a JSON path) a problem keeps whole. */
    static final int FIELD_LENGTH = 300;

    /** The longest message a problem keeps. */
    static final int MESSAGE_LENGTH = 1_000;

    /** Checks for nulls; abbreviates long values in the field and the message. */
    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        field = field.map(f -> f.length() <= FIELD_LENGTH ? f
                : f.substring(0, FIELD_LENGTH - 40) + "… (" + f.length() + " characters)");
        message = Abbreviation.ofWords(message, MESSAGE_LENGTH);
    }

    /**
     * @param file  the file, not null
     * @param message  what is wrong with the file as a whole, not null
     * @return the problem, never null
     */
    public static InputProblem ofFile(String file, String message) {
        return new InputProblem(file, 0, Optional.empty(), message);
    }

    /**
     * @param file  the file, not null
     * @param line  the 1-based line
     * @param field  the field to blame, not null
     * @param message  what is wrong, not null
     * @return the problem, never null
     */
    public static InputProblem at(String file, long line, String field, String message) {
        return new InputProblem(file, line, Optional.of(field), message);
    }

    /**
     * Says what went wrong with a file, with the cause the system gave: {@code secret.csv (Permission
     * denied)}, {@code nowhere/out.txt (No such file or directory)}. (A {@link FileSystemException}'s
     * own message is often the file name alone.)
     *
     * @param e  the exception, not null
     * @return the file and the cause, never null
     */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
            String reason = f.getReason() != null ? f.getReason() : reason(f);
            return file.isEmpty() ? reason : file + " (" + reason + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        }
        return e.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        field.ifPresent(f -> sb.append(line > 0 ? ", " : " ").append("field '").append(f).append('\''));
        return sb.append(": ").append(message).toString();
    }
}
