package dev.partnering.examples.data;

/**
 * How messages echo what a user gave: a value longer than {@value #ECHO_LENGTH} characters is
 * shown by its first {@value #ECHO_LENGTH} characters and its length, e.g.
 * {@code aaaa… (60000000 characters)}, so that no input makes a message large.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Abbreviation {

    /** The most characters of one value a message echoes. */
    public static final int ECHO_LENGTH = 40;

    /** The longest word of a message kept whole; a longer one (a value the message quotes) is abbreviated. */
    public static final int WORD_LENGTH = 100;

    private Abbreviation() {
    }

    /**
     * @param value  a value, not null
     * @return the value, or its first {@value #ECHO_LENGTH} characters and its length, never null
     */
    public static String of(String value) {
        return value.length() <= ECHO_LENGTH ? value
                : value.substring(0, ECHO_LENGTH) + "… (" + value.length() + " characters)";
    }

    /**
     * Abbreviates a message that may quote values: every run of more than {@value #WORD_LENGTH}
     * characters without a space is abbreviated by {@link #of}, and the whole is cut at
     * {@code maxLength} characters.
     *
     * @param message  the message, not null
     * @param maxLength  the longest message kept, at least {@value #ECHO_LENGTH}
     * @return the message, at most about {@code maxLength} characters, never null
     */
    public static String ofWords(String message, int maxLength) {
        if (message.length() <= ECHO_LENGTH) {
            return message;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = message.length();
        while (i < n && sb.length() <= maxLength) {
            int end = i;
            while (end < n && !Character.isWhitespace(message.charAt(end))) {
                end++;
            }
            sb.append(end - i > WORD_LENGTH ? ofWord(message.substring(i, end)) : message.substring(i, end));
            int next = end;
            while (next < n && Character.isWhitespace(message.charAt(next))) {
                next++;
            }
            sb.append(message, end, next);
            i = next;
        }
        if (i < n || sb.length() > maxLength) {
            sb.setLength(Math.min(sb.length(), maxLength));
            sb.append("… (message of ").append(n).append(" characters cut)");
        }
        return sb.toString();
    }

    /** @return a long word abbreviated, its quotes kept: {@code 'abc… (N characters)'} */
    private static String ofWord(String word) {
        char q = word.charAt(0);
        int last = word.length() - 1;
        char end = word.charAt(last);
        int tail = end == q ? 1 : end == ':' || end == ';' || end == ',' ? (word.charAt(last - 1) == q ? 2 : 0) : 0;
        if ((q == '\'' || q == '"') && tail > 0) {
            return q + of(word.substring(1, word.length() - tail)) + word.substring(word.length() - tail);
        }
        return of(word);
    }
}
