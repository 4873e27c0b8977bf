package dev.partnering.jackson.common.internal;

/**
 * The words of the modules' messages, bounded in length: a value a message echoes is cut at
 * {@value #ECHO_LENGTH} characters and its length told, a word longer than {@value #WORD_LENGTH}
 * characters (a value the message quotes) is abbreviated, and a message is cut at
 * {@value #MESSAGE_LENGTH} characters, so that no input makes a message large.
 */
public final class Texts {

    /** The most characters of a value a message echoes; a longer value is cut there and its length told. */
    public static final int ECHO_LENGTH = 40;

    /** The longest word of a message kept whole; a longer one (a value the message quotes) is abbreviated. */
    public static final int WORD_LENGTH = 100;

    /** The longest message, in characters, a problem keeps; beyond it the message is cut. */
    public static final int MESSAGE_LENGTH = 1_000;

    private Texts() {
    }

    /**
     * @param text  a value to echo, not null
     * @return the text, or its first {@value #ECHO_LENGTH} characters and its length, e.g.
     *         {@code abc… (5000000 characters)}
     */
    public static String abbreviate(String text) {
        return text.length() <= ECHO_LENGTH ? text : text.substring(0, ECHO_LENGTH) + "… (" + text.length() + " characters)";
    }

    /**
     * Abbreviates a message that may hold values written by others (the domain's rules, Jackson's
     * messages): every run of more than {@value #WORD_LENGTH} characters without a space is
     * abbreviated to its first {@value #ECHO_LENGTH} and its length (its quotes kept), and the whole
     * is cut at {@value #MESSAGE_LENGTH} characters.
     *
     * @param message  the message, may be null
     * @return the message, bounded in length; empty for null
     */
    public static String abbreviateWords(String message) {
        if (message == null) {
            return "";
        }
        if (message.length() <= ECHO_LENGTH) {
            return message;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = message.length();
        while (i < n && sb.length() <= MESSAGE_LENGTH) {
            int end = i;
            while (end < n && !Character.isWhitespace(message.charAt(end))) {
                end++;
            }
            if (end - i > WORD_LENGTH) {
                sb.append(abbreviateWord(message.substring(i, end)));
            } else {
                sb.append(message, i, end);
            }
            int space = end;
            while (space < n && Character.isWhitespace(message.charAt(space))) {
                space++;
            }
            sb.append(message, end, space);
            i = space;
        }
        if (i < n || sb.length() > MESSAGE_LENGTH) {
            sb.setLength(Math.min(sb.length(), MESSAGE_LENGTH));
            sb.append("… (message of ").append(n).append(" characters cut)");
        }
        return sb.toString();
    }

    /** @return a long word abbreviated, its quotes kept: {@code 'abc… (N characters)'} */
    private static String abbreviateWord(String word) {
        char q = word.charAt(0);
        int last = word.length() - 1;
        char end = word.charAt(last);
        int tail = end == q ? 1 : end == ':' || end == ';' || end == ',' ? (word.charAt(last - 1) == q ? 2 : 0) : 0;
        if ((q == '\'' || q == '"') && tail > 0) {
            return q + abbreviate(word.substring(1, word.length() - tail)) + word.substring(word.length() - tail);
        }
        return abbreviate(word);
    }

    /**
     * @param noun  a noun, not empty
     * @return {@code an} before a vowel, else {@code a}
     */
    public static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }
}
