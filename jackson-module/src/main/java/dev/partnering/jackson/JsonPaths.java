package dev.partnering.jackson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/** JSON paths in the form {@code $.agreement.kpis[2].minimum}, with {@code ['odd key']} for unusual names. */
final class JsonPaths {

    /** The path of the root of a document. */
    static final String ROOT = "$";

    /** What {@link #isPlain} accepts; kept as the specification its test checks against. */
    static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_$][A-Za-z0-9_$:@#+-]*");

    private JsonPaths() {
    }

    /** The longest path a message shows whole. */
    static final int MESSAGE_PATH_LENGTH = 200;

    /**
     * @return the path of a field of the value at {@code path}; a name longer than
     *         {@value JsonTree#WORD_LENGTH} characters is abbreviated ({@link JsonTree#abbreviate})
     */
    static String field(String path, String name) {
        if (name.length() > JsonTree.WORD_LENGTH) {
            name = JsonTree.abbreviate(name);
        }
        if (isPlain(name)) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** @return true if the name matches {@link #PLAIN} (checked by hand: this runs for every field read) */
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

    /** @return the path, or for a path of more than {@value #MESSAGE_PATH_LENGTH} characters its start and its length */
    static String abbreviate(String path) {
        return path.length() <= MESSAGE_PATH_LENGTH ? path
                : path.substring(0, MESSAGE_PATH_LENGTH - 40) + "… (" + path.length() + " characters)";
    }

    /** @return the path of an element of the array at {@code path} */
    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * Appends a domain path such as {@code governance.roles[3].counterpart} to a JSON path.
     *
     * @param path  the JSON path of the object the domain path is relative to
     * @param domainPath  the domain path, may be empty
     * @return the combined path
     */
    static String append(String path, String domainPath) {
        if (domainPath.isEmpty()) {
            return path;
        }
        return domainPath.startsWith("[") ? path + domainPath : path + "." + domainPath;
    }

    /**
     * @param p  a parser positioned on a value (its first token), not null
     * @return the path of that value from the root of the document
     */
    static String ofCurrentValue(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx != null) {
            ctx = ctx.getParent();
        } else if (t == JsonToken.FIELD_NAME && ctx != null) {
            // a deserializer called on a FIELD_NAME reads the fields of the object it is in
            ctx = ctx.getParent();
        }
        return of(ctx);
    }

    /**
     * @param p  a parser, not null
     * @return the path of the parser's position, as far as its context knows it
     */
    static String ofPosition(JsonParser p) {
        return of(p.getParsingContext());
    }

    /**
     * @param p  a parser whose {@code nextToken()} just failed, not null
     * @return the path of the token it was reading: inside an object, unless the failure came right
     *         after a field name (then it is that field's value), it is a field name or the end of
     *         the object, so the path is the object's — never the previous field's
     */
    static String ofNextToken(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        if (ctx != null && ctx.inObject() && p.currentToken() != JsonToken.FIELD_NAME) {
            return of(ctx.getParent()); // the parent's current name or index points at the object
        }
        return of(ctx);
    }

    private static String of(JsonStreamContext ctx) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = index(path, Math.max(0, c.getCurrentIndex()));
            } else if (c.inObject() && c.getCurrentName() != null) {
                path = field(path, c.getCurrentName());
            }
        }
        return path;
    }
}
