package dev.partnering.jackson3;

import java.util.ArrayDeque;
import java.util.Deque;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

import dev.partnering.jackson.common.internal.Paths;

/**
 * JSON paths of the parser's position, in the form {@code $.agreement.kpis[2].minimum} ({@link Paths},
 * shared with the Jackson 2 module, builds them).
 */
final class JsonPaths {

    private JsonPaths() {
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

    /**
     * @param owner  the context holding a value (an object's field or an array's element, or the root), not null
     * @return the path of the value it holds
     */
    static String ofValueIn(TokenStreamContext owner) {
        return of(owner);
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
        String path = Paths.ROOT;
        for (TokenStreamContext c : chain) {
            if (c.inArray()) {
                path = Paths.index(path, Math.max(0, c.getCurrentIndex()));
            } else if (c.inObject() && c.currentName() != null) {
                path = Paths.field(path, c.currentName());
            }
        }
        return path;
    }
}
