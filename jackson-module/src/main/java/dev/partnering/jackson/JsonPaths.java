package dev.partnering.jackson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import dev.partnering.jackson.common.internal.Paths;

/**
 * JSON paths of the parser's position, in the form {@code $.agreement.kpis[2].minimum} ({@link Paths},
 * shared with the Jackson 3 module, builds them).
 */
final class JsonPaths {

    /** The path of the root of a document. */
    static final String ROOT = Paths.ROOT;

    /** What {@link #isPlain} accepts. */
    static final Pattern PLAIN = Paths.PLAIN;

    private JsonPaths() {
    }

    /** @return the path of a field of the value at {@code path}, see {@link Paths#field} */
    static String field(String path, String name) {
        return Paths.field(path, name);
    }

    /** @return true if the name needs no quotes in a path, see {@link Paths#isPlain} */
    static boolean isPlain(String name) {
        return Paths.isPlain(name);
    }

    /** @return the path, abbreviated for a message, see {@link Paths#abbreviate} */
    static String abbreviate(String path) {
        return Paths.abbreviate(path);
    }

    /** @return the path of an element of the array at {@code path} */
    static String index(String path, int index) {
        return Paths.index(path, index);
    }

    /** @return a domain path appended to a JSON path, see {@link Paths#append} */
    static String append(String path, String domainPath) {
        return Paths.append(path, domainPath);
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
     * @param owner  the context holding a value (an object's field or an array's element, or the root), not null
     * @return the path of the value it holds
     */
    static String ofValueIn(JsonStreamContext owner) {
        return of(owner);
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
        String path = Paths.ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = Paths.index(path, Math.max(0, c.getCurrentIndex()));
            } else if (c.inObject() && c.getCurrentName() != null) {
                path = Paths.field(path, c.getCurrentName());
            }
        }
        return path;
    }
}
