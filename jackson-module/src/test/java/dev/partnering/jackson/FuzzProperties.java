package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.partnering.ThoroughTries;

/**
 * Mutated versions of the golden documents — fields dropped, duplicated or retyped, huge numbers,
 * deep nesting, wrong currencies, NaN, invalid dates and periods, emptied or repeated lists,
 * truncation — are either read into a complete, valid value or refused with the module's
 * documented {@link PartneringJsonException}; no other exception (NullPointerException,
 * ClassCastException, ArithmeticException, StackOverflowError, …) escapes. A trust report that is
 * read, however mutated, shows no figure of fewer respondents than its minimum group size.
 */
@AddLifecycleHook(ThoroughTries.class)
class FuzzProperties {

    private static final Map<String, JsonNode> DOCUMENTS = new LinkedHashMap<>();

    static {
        for (String file : GoldenFiles.v1().keySet()) {
            DOCUMENTS.put(file, JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file)));
        }
    }

    /** Mappers of both kinds: the module's limits, Jackson's defaults, and non-numeric numbers allowed. */
    private static final List<ObjectMapper> MAPPERS = List.of(JsonTesting.MAPPER, JsonTesting.PLAIN,
            new ObjectMapper().registerModule(new PartneringModule()).enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS));

    enum Mutation {
        DROP_FIELD, DUPLICATE_FIELD, RETYPE, HUGE_NUMBER, DEEP_NESTING, WRONG_CURRENCY, NAN, INVALID_DATE, SWAP_ENUM,
        EMPTY_COLLECTION, REPEAT_ELEMENT, EXTREME_NUMBER_TEXT, TRUNCATE
    }

    /** A mutated document: the file it came from, the mutations applied, and the JSON text. */
    record Mutated(String file, List<Mutation> mutations, long seed, String json) {
        @Override
        public String toString() {
            return file + " " + mutations + " seed " + seed + ": "
                    + (json.length() > 300 ? json.substring(0, 300) + "…" : json);
        }
    }

    @Property(tries = 800)
    void onlyTheDocumentedExceptionEscapes(@ForAll("mutatedDocuments") Mutated m) {
        // both outcomes must occur, or the mutations are too tame (or too wild) to tell anything
        Statistics.coverage(c -> {
            c.check("read").count(n -> n > 0);
            c.check("refused").count(n -> n > 0);
        });
        for (ObjectMapper mapper : MAPPERS) {
            PartneringDocument read;
            try {
                read = mapper.readValue(m.json(), PartneringDocument.class);
            } catch (PartneringJsonException e) {
                assertFalse(e.problems().isEmpty());
                assertFalse(e.getMessage().isBlank());
                Statistics.collect("refused");
                continue;
            } catch (Throwable t) {
                fail("an undocumented " + t.getClass().getName() + " escaped: " + t.getMessage(), t);
                return;
            }
            Statistics.collect("read");
            // nothing half-built: a document that was read is complete and valid, and reads back the same
            String again = JsonTesting.write(read);
            try {
                assertEquals(JsonTesting.tree(again), JsonTesting.tree(JsonTesting.read(again, PartneringDocument.class)));
            } catch (IOException e) {
                fail("a document that was read cannot be read back: " + e.getMessage(), e);
            }
        }
    }

    @Provide
    Arbitrary<Mutated> mutatedDocuments() {
        Arbitrary<String> files = Arbitraries.of(List.copyOf(DOCUMENTS.keySet()));
        Arbitrary<List<Mutation>> mutations = Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(files, mutations, Arbitraries.longs()).as((file, ms, seed) -> {
            Tuple.Tuple2<JsonNode, String> mutated = mutate(DOCUMENTS.get(file).deepCopy(), ms, new Random(seed));
            return new Mutated(file, ms, seed, mutated.get2());
        });
    }

    // ---------------------------------------------------------------- mutations

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {
        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern PERIOD = Pattern.compile("-?P.*");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z_]+");

    private static Tuple.Tuple2<JsonNode, String> mutate(JsonNode root, List<Mutation> ms, Random r) {
        ObjectNode duplicateIn = null;
        String duplicateField = null;
        boolean truncate = false;
        for (Mutation m : ms) {
            List<Slot> slots = slots(root);
            if (slots.isEmpty()) {
                break;
            }
            Slot s = slots.get(r.nextInt(slots.size()));
            switch (m) {
                case DROP_FIELD: {
                    List<Slot> fields = slots.stream().filter(x -> x.field() != null).toList();
                    Slot f = fields.get(r.nextInt(fields.size()));
                    ((ObjectNode) f.parent()).remove(f.field());
                    break;
                }
                case DUPLICATE_FIELD: {
                    List<Slot> fields = slots.stream().filter(x -> x.field() != null).toList();
                    Slot f = fields.get(r.nextInt(fields.size()));
                    duplicateIn = (ObjectNode) f.parent();
                    duplicateField = f.field();
                    break;
                }
                case RETYPE:
                    s.set(pick(r, List.of(NODES.textNode("text"), NODES.numberNode(42), NODES.numberNode(-1),
                            NODES.numberNode(0), NODES.numberNode(new java.math.BigDecimal("3.5")), NODES.booleanNode(true),
                            NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(), NODES.textNode(""),
                            NODES.objectNode().put("type", "unknown-type"), NODES.arrayNode().add(1).add("x"))));
                    break;
                case HUGE_NUMBER:
                    s.set(pick(r, List.of(raw("1e1000000"), raw("-1e999999999"), raw("1" + "0".repeat(250)), raw("1e-400"),
                            raw("9223372036854775808"), raw("2147483648"), raw("-2147483649"), NODES.textNode("1e1000000"),
                            NODES.textNode("-1E+999999999"), NODES.textNode("1e99999999999"),
                            NODES.textNode("0." + "0".repeat(200) + "1"))));
                    break;
                case DEEP_NESTING:
                    s.set(nested(pick(r, List.of(99, 150, 250, 1100)), r.nextBoolean()));
                    break;
                case WRONG_CURRENCY: {
                    List<Slot> currencies = slots.stream().filter(x -> "currency".equals(x.field())).toList();
                    JsonNode code = NODES.textNode(pick(r, List.of("EUR", "XXX", "XTS", "JPY", "sek", "", "SEKK", "BHD")));
                    if (!currencies.isEmpty()) {
                        if (r.nextBoolean()) {
                            currencies.get(r.nextInt(currencies.size())).set(code);
                        } else {
                            currencies.forEach(c -> c.set(code));
                        }
                    }
                    break;
                }
                case NAN:
                    s.set(pick(r, List.of(raw("NaN"), raw("Infinity"), raw("-Infinity"), NODES.textNode("NaN"),
                            NODES.textNode("Infinity"), NODES.numberNode(Double.NaN))));
                    break;
                case INVALID_DATE:
                    replaceText(slots, r, DATE, List.of("2026-02-30", "2026-13-01", "+999999999-12-31", "-999999999-01-01",
                            "0001-01-01", "9999-12-31", "2026-1-1", "2026-03-31T25:00:00Z"));
                    replaceText(slots, r, PERIOD, List.of("P999999999Y", "P-3Y", "P0D", "PT-1S", "P2147483647M",
                            "P1Y2147483647M", "PT9999999999999H", "P"));
                    break;
                case SWAP_ENUM:
                    replaceText(slots, r, ENUM, List.of("BINARY", "LOWER_IS_BETTER", "EXIT", "NOT_DETERMINED", "UNDECIDED",
                            "AMOUNT", "STRATEGIC", "lower_is_better", "D", "CUSTOMER", "PARTNER_SIDE", "CANCELLED",
                            "OUT_OF_BALANCE", "RED", "JOINT_IMPROVEMENT_STARTED", "COMPLEMENTARY", "GOVERNANCE"));
                    break;
                case EMPTY_COLLECTION: {
                    List<Slot> containers = slots.stream().filter(x -> x.get().isContainerNode()).toList();
                    if (!containers.isEmpty()) {
                        Slot c = containers.get(r.nextInt(containers.size()));
                        c.set(c.get().isArray() ? NODES.arrayNode() : NODES.objectNode());
                    }
                    break;
                }
                case REPEAT_ELEMENT: {
                    List<Slot> arrays = slots.stream().filter(x -> x.get().isArray() && x.get().size() > 0).toList();
                    if (!arrays.isEmpty()) {
                        ArrayNode a = (ArrayNode) arrays.get(r.nextInt(arrays.size())).get();
                        a.add(a.get(r.nextInt(a.size())).deepCopy());
                    }
                    break;
                }
                case EXTREME_NUMBER_TEXT:
                    replaceText(slots, r, DECIMAL, List.of("0", "-0.00", "-1", "100.0000001", "1E+100", "1E+101", "-250",
                            "0.000000000000000000001", "99999999999999999999999999"));
                    break;
                default:
                    truncate = true;
            }
        }
        String json = write(root, duplicateIn, duplicateField);
        if (truncate && json.length() > 1) {
            json = json.substring(0, 1 + r.nextInt(json.length() - 1));
        }
        return Tuple.of(root, json);
    }

    private static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    private static JsonNode raw(String token) {
        return new POJONode(new RawValue(token));
    }

    private static JsonNode nested(int depth, boolean arrays) {
        JsonNode n = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            n = arrays ? NODES.arrayNode().add(n) : NODES.objectNode().set("a", n);
        }
        return n;
    }

    private static void replaceText(List<Slot> slots, Random r, Pattern which, List<String> replacements) {
        List<Slot> matching = slots.stream().filter(x -> x.get().isTextual() && which.matcher(x.get().textValue()).matches())
                .toList();
        if (!matching.isEmpty()) {
            matching.get(r.nextInt(matching.size())).set(NODES.textNode(pick(r, replacements)));
        }
    }

    /** @return every field and element below the root, depth first */
    private static List<Slot> slots(JsonNode root) {
        List<Slot> result = new ArrayList<>();
        List<JsonNode> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            JsonNode n = todo.remove(todo.size() - 1);
            if (n.isObject()) {
                for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
                    String f = it.next();
                    result.add(new Slot(n, f, -1));
                    todo.add(n.get(f));
                }
            } else if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    result.add(new Slot(n, null, i));
                    todo.add(n.get(i));
                }
            }
        }
        return result;
    }

    /** Writes the tree, with one field of one object written twice if asked. */
    private static String write(JsonNode root, ObjectNode duplicateIn, String duplicateField) {
        StringWriter out = new StringWriter();
        JsonFactory factory = JsonFactory.builder()
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(5000).build()).build();
        try (JsonGenerator gen = factory.createGenerator(out)) {
            gen.setCodec(new ObjectMapper());
            writeNode(gen, root, duplicateIn, duplicateField);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeNode(JsonGenerator gen, JsonNode n, ObjectNode duplicateIn, String duplicateField)
            throws IOException {
        if (n.isObject()) {
            gen.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                int times = n == duplicateIn && e.getKey().equals(duplicateField) ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    gen.writeFieldName(e.getKey());
                    writeNode(gen, e.getValue(), duplicateIn, duplicateField);
                }
            }
            gen.writeEndObject();
        } else if (n.isArray()) {
            gen.writeStartArray();
            for (JsonNode e : n) {
                writeNode(gen, e, duplicateIn, duplicateField);
            }
            gen.writeEndArray();
        } else if (n instanceof POJONode p && p.getPojo() instanceof RawValue raw) {
            gen.writeRawValue(raw.rawValue().toString());
        } else {
            gen.writeTree(n);
        }
    }
}
