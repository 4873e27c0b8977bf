package dev.partnering.jackson;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonParser;
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
 * levels below the value, without recursion (so no input can exhaust the stack).
 */
final class JsonTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    /** A problem that stops the tree from being read: malformed, too deep, duplicated. */
    static final class TreeProblem extends Exception {
        private static final long serialVersionUID = 1L;

        private final String path;

        TreeProblem(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }

        String path() {
            return path;
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
        JsonToken t = p.currentToken();
        if (t == null) {
            t = p.nextToken();
        }
        if (t == null) {
            throw new TreeProblem(JsonPaths.ofPosition(p), "no JSON value");
        }
        if (!t.isStructStart() && t != JsonToken.FIELD_NAME) {
            return scalar(p, t);
        }
        Deque<ContainerNode<?>> stack = new ArrayDeque<>();
        ContainerNode<?> root = t == JsonToken.START_ARRAY ? new ArrayNode(NODES) : new ObjectNode(NODES);
        stack.push(root);
        if (t != JsonToken.FIELD_NAME) {
            t = p.nextToken();
        }
        String name = null;
        while (true) {
            if (t == null) {
                throw new TreeProblem(JsonPaths.ofPosition(p), "the JSON ends before the value is complete");
            }
            switch (t) {
                case FIELD_NAME:
                    name = p.currentName();
                    if (((ObjectNode) stack.peek()).has(name)) {
                        throw new TreeProblem(JsonPaths.ofPosition(p), "field '" + name + "' appears more than once");
                    }
                    break;
                case START_OBJECT:
                case START_ARRAY:
                    if (stack.size() >= maxDepth) {
                        throw new TreeProblem(JsonPaths.ofPosition(p), "the value is nested deeper than the "
                                + maxDepth + " levels allowed");
                    }
                    ContainerNode<?> c = t == JsonToken.START_OBJECT ? new ObjectNode(NODES) : new ArrayNode(NODES);
                    add(stack.peek(), name, c);
                    stack.push(c);
                    break;
                case END_OBJECT:
                case END_ARRAY:
                    stack.pop();
                    if (stack.isEmpty()) {
                        return root;
                    }
                    break;
                default:
                    add(stack.peek(), name, scalar(p, t));
            }
            t = p.nextToken();
        }
    }

    private static void add(ContainerNode<?> parent, String name, JsonNode node) {
        if (parent instanceof ObjectNode o) {
            o.set(name, node);
        } else {
            ((ArrayNode) parent).add(node);
        }
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws TreeProblem, IOException {
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
                throw new TreeProblem(JsonPaths.ofPosition(p), "unexpected " + t + " where a JSON value belongs");
        }
    }

    private static JsonNode decimal(JsonParser p) throws TreeProblem, IOException {
        if (p.isNaN()) {
            throw new TreeProblem(JsonPaths.ofPosition(p), "'" + p.getText() + "' is not a finite number");
        }
        try {
            return new DecimalNode(p.getDecimalValue());
        } catch (NumberFormatException e) {
            throw new TreeProblem(JsonPaths.ofPosition(p), "'" + abbreviate(p.getText()) + "' is not a decimal number");
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }
}
