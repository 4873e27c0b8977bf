package dev.partnering.jackson.common.internal;

import java.util.regex.Pattern;

/**
 * JSON paths in the form {@code $.agreement.kpis[2].minimum}, with {@code ['odd key']} for unusual
 * names, built one field or index at a time (the modules walk their parser's contexts).
 */
public final class Paths {

    /** The path of the root of a document. */
    public static final String ROOT = "$";

    /** What {@link #isPlain} accepts; kept as the specification its test checks against. */
    public static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_$][A-Za-z0-9_$:@#+-]*");

    /** The longest path a message shows whole. */
    public static final int MESSAGE_PATH_LENGTH = 200;

    private Paths() {
    }

    /**
     * @param path  the path of an object, not null
     * @param name  the name of one of its fields, not null
     * @return the path of the field; a name longer than {@value Texts#WORD_LENGTH} characters is
     *         abbreviated ({@link Texts#abbreviate}), one that is not {@link #isPlain plain} quoted
     */
    public static String field(String path, String name) {
        if (name.length() > Texts.WORD_LENGTH) {
            name = Texts.abbreviate(name);
        }
        if (isPlain(name)) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /**
     * @param name  a field name, not null
     * @return true if the name matches {@link #PLAIN} (checked by hand: this runs for every field read)
     */
    public static boolean isPlain(String name) {
        if (name.isEmpty() || !plainStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!plainStart(c) && c != ':' && c != '@' && c != '#' && c != '+' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean plainStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    }

    /**
     * @param path  the path of an array, not null
     * @param index  the index of one of its elements
     * @return the path of the element
     */
    public static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * Appends a domain path such as {@code governance.roles[3].counterpart} to a JSON path.
     *
     * @param path  the JSON path of the object the domain path is relative to, not null
     * @param domainPath  the domain path, may be empty, not null
     * @return the combined path
     */
    public static String append(String path, String domainPath) {
        if (domainPath.isEmpty()) {
            return path;
        }
        return domainPath.startsWith("[") ? path + domainPath : path + "." + domainPath;
    }

    /**
     * @param path  a path, not null
     * @return the path, or for a path of more than {@value #MESSAGE_PATH_LENGTH} characters its start and its length
     */
    public static String abbreviate(String path) {
        return path.length() <= MESSAGE_PATH_LENGTH ? path
                : path.substring(0, MESSAGE_PATH_LENGTH - 40) + "… (" + path.length() + " characters)";
    }
}
