package dev.partnering.jackson;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Reads one JSON value from a parser into a tree, the module's own way: every non-integral number
 * as an exact {@link DecimalNode} (never through {@code double}; NaN and infinities refused),
 * duplicate field names refused, and nesting limited to {@link PartneringJson#MAX_NESTING_DEPTH}
 * levels below the value, without recursion (so no input can exhaust the stack). It records where
 * each field and element began ({@link Locations}), and blames a failure of the parser on the
 * right value: a field name that breaks a limit or is malformed is reported at the object that
 * holds it, not at the field before it.
 */
final class JsonTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /**
     * A problem that stops the tree from being read: malformed, too deep, duplicated, a broken
     * stream limit; with the path and the location of the offending token and, for a failure of
     * the parser, its exception as the cause.
     */
    static final class TreeProblem extends Exception {
        private static final long serialVersionUID = 1L;

        private final String path;
        private final transient JsonLocation location;

        TreeProblem(String path, String message, JsonLocation location, Throwable cause) {
            super(message, cause, false, false);
            this.path = path;
            this.location = location == null ? JsonLocation.NA : location;
        }

        TreeProblem(JsonParser p, String message) {
            this(JsonPaths.ofPosition(p), message, p.currentTokenLocation(), null);
        }

        String path() {
            return path;
        }

        JsonLocation location() {
            return location;
        }
    }

    /**
     * Reads the value the parser is positioned on (its first token, or a FIELD_NAME inside an
     * object whose start was consumed), leaving the parser on the value's last token.
     *
     * @param p  the parser, not null
     * @param maxDepth  the deepest nesting of objects and arrays allowed, counting the value itself
     * @return the tree, never null
     * @throws TreeProblem if the value is too deep, has a duplicate field or a non-finite number
     * @throws IOException if the parser fails: malformed JSON, a broken stream limit, the end of input
     */
    static JsonNode read(JsonParser p, int maxDepth) throws TreeProblem, IOException {
        return read(p, maxDepth, new Locations());
    }

    /**
     * As {@link #read(JsonParser, int)}, recording where each field and element began.
     *
     * @param p  the parser, not null
     * @param maxDepth  the deepest nesting allowed
     * @param locations  where to record the locations, not null
     * @return the tree, never null
     * @throws TreeProblem if the value cannot be read, with the path and location of the offending token
     * @throws IOException if the source fails
     */
    static JsonNode read(JsonParser p, int maxDepth, Locations locations) throws TreeProblem, IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            t = next(p);
        }
        if (t == null) {
            throw new TreeProblem(p, "no JSON value");
        }
        locations.root(p.currentTokenLocation());
        if (!t.isStructStart() && t != JsonToken.FIELD_NAME) {
            return scalar(p, t);
        }
        Deque<ContainerNode<?>> stack = new ArrayDeque<>();
        Deque<Locations.Members> at = new ArrayDeque<>();
        ContainerNode<?> root = t == JsonToken.START_ARRAY ? new ArrayNode(NODES) : new ObjectNode(NODES);
        stack.push(root);
        at.push(locations.of(root));
        if (t != JsonToken.FIELD_NAME) {
            t = next(p);
        }
        String name = null;
        while (true) {
            if (t == null) {
                throw new TreeProblem(p, "the JSON ends before the value is complete");
            }
            if (t == JsonToken.FIELD_NAME || (!t.isStructEnd() && stack.peek() instanceof ArrayNode)) {
                at.peek().add(p.currentTokenLocation());
            }
            switch (t) {
                case FIELD_NAME:
                    name = p.currentName();
                    if (((ObjectNode) stack.peek()).has(name)) {
                        throw new TreeProblem(p, "field '" + abbreviate(name) + "' appears more than once");
                    }
                    break;
                case START_OBJECT:
                case START_ARRAY:
                    if (stack.size() >= maxDepth) {
                        throw new TreeProblem(p, "the value is nested deeper than the " + maxDepth + " levels allowed");
                    }
                    ContainerNode<?> c = t == JsonToken.START_OBJECT ? new ObjectNode(NODES) : new ArrayNode(NODES);
                    add(stack.peek(), name, c);
                    stack.push(c);
                    at.push(locations.of(c));
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    stack.pop();
                    at.pop();
                    if (stack.isEmpty()) {
                        return root;
                    }
                    break;
                default:
                    add(stack.peek(), name, scalar(p, t));
            }
            t = next(p);
        }
    }

    /**
     * Advances the parser. A failure while advancing is blamed on the token being read: inside an
     * object, after a value, that is the next field name (or the end of the object), so the path is
     * the object's, not the previous field's.
     */
    private static JsonToken next(JsonParser p) throws TreeProblem, IOException {
        try {
            return p.nextToken();
        } catch (JsonProcessingException e) {
            throw new TreeProblem(JsonPaths.ofNextToken(p), abbreviateWords(e.getOriginalMessage()),
                    e.getLocation() != null ? e.getLocation() : p.currentLocation(), e);
        }
    }

    /** A failure while reading the text of the current token is blamed on that token's value. */
    private static TreeProblem valueProblem(JsonParser p, JsonProcessingException e) {
        return new TreeProblem(JsonPaths.ofPosition(p), abbreviateWords(e.getOriginalMessage()),
                p.currentTokenLocation(), e);
    }

    private static void add(ContainerNode<?> parent, String name, JsonNode node) {
        if (parent instanceof ObjectNode o) {
            o.set(name, node);
        } else {
            ((ArrayNode) parent).add(node);
        }
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws TreeProblem, IOException {
        try {
            return scalarValue(p, t);
        } catch (JsonProcessingException e) {
            throw valueProblem(p, e);
        }
    }

    private static JsonNode scalarValue(JsonParser p, JsonToken t) throws TreeProblem, IOException {
        switch (t) {
            case VALUE_STRING:
                return TextNode.valueOf(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return IntNode.valueOf(p.getIntValue());
                    case LONG:
                        return LongNode.valueOf(p.getLongValue());
                    default:
                        return BigIntegerNode.valueOf(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return decimal(p);
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new TreeProblem(p, "unexpected " + t + " where a JSON value belongs");
        }
    }

    private static JsonNode decimal(JsonParser p) throws TreeProblem, IOException {
        if (p.isNaN()) {
            throw new TreeProblem(p, "'" + abbreviate(p.getText()) + "' is not a finite number");
        }
        try {
            return new DecimalNode(p.getDecimalValue());
        } catch (NumberFormatException e) {
            throw new TreeProblem(p, "'" + abbreviate(p.getText()) + "' is not a decimal number");
        }
    }

    /** The most characters of a value a message echoes; a longer value is cut there and its length told. */
    static final int ECHO_LENGTH = 40;

    /** The longest word of a message kept whole; a longer one (a value the message quotes) is abbreviated. */
    static final int WORD_LENGTH = 100;

    /** The longest message, in characters, a problem keeps; beyond it the message is cut. */
    static final int MESSAGE_LENGTH = 1_000;

    /** @return the text, or its first {@value #ECHO_LENGTH} characters and its length, e.g. {@code abc… (5000000 characters)} */
    static String abbreviate(String text) {
        return text.length() <= ECHO_LENGTH ? text : text.substring(0, ECHO_LENGTH) + "… (" + text.length() + " characters)";
    }

    /**
     * Abbreviates a message that may hold values written by others (the domain's rules, Jackson's
     * messages): every run of more than {@value #WORD_LENGTH} characters without a space is
     * abbreviated to its first {@value #ECHO_LENGTH} and its length, and the whole is cut at
     * {@value #MESSAGE_LENGTH} characters.
     *
     * @param message  the message, may be null
     * @return the message, bounded in length; empty for null
     */
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
}
