package dev.partnering.jackson3;

import java.util.ArrayDeque;
import java.util.Deque;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * JSON paths in the form {@code $.agreement.kpis[2].minimum}, with {@code ['odd key']} for unusual
 * names, and the abbreviation of echoed values — as the Jackson 2 module writes them.
 */
final class JsonPaths {

    static final String ROOT = "$";
    /** A rejected value longer than this is cut here. */
    static final int ECHO_LENGTH = 40;
    /** A word of a message longer than this is abbreviated. */
    static final int WORD_LENGTH = 100;
    /** A message is cut at this length. */
    static final int MESSAGE_LENGTH = 1_000;
    /** The longest path a message shows whole. */
    static final int MESSAGE_PATH_LENGTH = 200;

    private JsonPaths() {
    }

    static String field(String path, String name) {
        if (name.length() > WORD_LENGTH) {
            name = abbreviate(name);
        }
        if (isPlain(name)) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static boolean isPlain(String name) {
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

    static String abbreviatePath(String path) {
        return path.length() <= MESSAGE_PATH_LENGTH ? path
                : path.substring(0, MESSAGE_PATH_LENGTH - 40) + "… (" + path.length() + " characters)";
    }

    /** Appends a domain path such as {@code governance.roles[3].counterpart} to a JSON path. */
    static String append(String path, String domainPath) {
        if (domainPath.isEmpty()) {
            return path;
        }
        return domainPath.startsWith("[") ? path + domainPath : path + "." + domainPath;
    }

    /** @return the path of the value the parser is on (its first token, or a field name of it) */
    static String ofCurrentValue(JsonParser p) {
        TokenStreamContext ctx = p.streamReadContext();
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.PROPERTY_NAME) && ctx != null) {
            ctx = ctx.getParent();
        }
        return of(ctx);
    }

    /** @return the path of the parser's position, as far as its context knows it */
    static String ofPosition(JsonParser p) {
        return of(p.streamReadContext());
    }

    /** @return the path of the token a failed {@code nextToken()} was reading (an object's, not its previous field's) */
    static String ofNextToken(JsonParser p) {
        TokenStreamContext ctx = p.streamReadContext();
        if (ctx != null && ctx.inObject() && p.currentToken() != JsonToken.PROPERTY_NAME) {
            return of(ctx.getParent());
        }
        return of(ctx);
    }

    private static String of(TokenStreamContext ctx) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = ROOT;
        for (TokenStreamContext c : chain) {
            if (c.inArray()) {
                path = path + "[" + Math.max(0, c.getCurrentIndex()) + "]";
            } else if (c.inObject() && c.currentName() != null) {
                path = field(path, c.currentName());
            }
        }
        return path;
    }

    /** @return the text, or its first {@value #ECHO_LENGTH} characters and its length */
    static String abbreviate(String text) {
        return text.length() <= ECHO_LENGTH ? text : text.substring(0, ECHO_LENGTH) + "… (" + text.length() + " characters)";
    }

    /** @return the message with every over-long word abbreviated, cut at {@value #MESSAGE_LENGTH} characters */
    static String abbreviateWords(String message) {
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
            sb.append(end - i > WORD_LENGTH ? abbreviateWord(message.substring(i, end)) : message.substring(i, end));
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
}
