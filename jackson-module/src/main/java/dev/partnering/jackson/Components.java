package dev.partnering.jackson;

import java.io.IOException;
import java.time.DateTimeException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import dev.partnering.ValidationException;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;

/**
 * The closed registry of incentive component types a module reads and writes: the five built-in
 * ones and those a user registered, each under its type name, which is the component's
 * {@link IncentiveComponent#type()} and the value of its {@code "type"} field in JSON. Immutable
 * and thread-safe.
 */
final class Components {

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** One registered type: how to write and read it. */
    private record Entry(String type, Class<? extends IncentiveComponent> javaType, ValueWriter<IncentiveComponent> writer,
            ValueReader<IncentiveComponent> reader, boolean builtIn) {
    }

    private final Map<String, Entry> byType;

    private Components(Map<String, Entry> byType) {
        this.byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    /** @return the five built-in types */
    static Components builtIn() {
        Map<String, Entry> m = new LinkedHashMap<>();
        put(m, GainShare.TYPE, GainShare.class, IncentiveFormats.GAIN_SHARE_OUT, IncentiveFormats.GAIN_SHARE);
        put(m, AtRiskPool.TYPE, AtRiskPool.class, IncentiveFormats.AT_RISK_POOL_OUT, IncentiveFormats.AT_RISK_POOL);
        put(m, ServiceCreditTiers.TYPE, ServiceCreditTiers.class, IncentiveFormats.CREDIT_TIERS_OUT,
                IncentiveFormats.CREDIT_TIERS);
        put(m, BonusMalusCurve.TYPE, BonusMalusCurve.class, IncentiveFormats.CURVE_OUT, IncentiveFormats.CURVE);
        put(m, Penalty.TYPE, Penalty.class, IncentiveFormats.PENALTY_OUT, IncentiveFormats.PENALTY);
        return new Components(m);
    }

    private static <T extends IncentiveComponent> void put(Map<String, Entry> m, String type, Class<T> javaType,
            ValueWriter<T> writer, ValueReader<T> reader) {
        m.put(type, new Entry(type, javaType, (out, c) -> writer.write(out, javaType.cast(c)), reader::read, true));
    }

    /** @return the classes of the types users registered, never null */
    java.util.List<Class<? extends IncentiveComponent>> userClasses() {
        return byType.values().stream().filter(e -> !e.builtIn()).<Class<? extends IncentiveComponent>>map(Entry::javaType)
                .toList();
    }

    /** @return the type names, built-in ones first, never null */
    Set<String> types() {
        return byType.keySet();
    }

    /**
     * @return a registry with a user's component type added
     * @throws IllegalArgumentException if the name is not lower-kebab or already taken, or the class is
     */
    <T extends IncentiveComponent> Components with(String type, Class<T> javaType, JsonSerializer<T> serializer,
            JsonDeserializer<T> deserializer) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(serializer, "serializer");
        Objects.requireNonNull(deserializer, "deserializer");
        if (!TYPE_NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("component type name '" + type
                    + "' must be lower-kebab, e.g. 'volume-rebate': lower-case letters and digits in words joined by '-'");
        }
        if (byType.containsKey(type)) {
            throw new IllegalArgumentException("component type name '" + type + "' is already registered"
                    + (byType.get(type).builtIn() ? " by the SDK" : " for " + byType.get(type).javaType().getName()));
        }
        for (Entry e : byType.values()) {
            if (e.javaType().isAssignableFrom(javaType) || javaType.isAssignableFrom(e.javaType())) {
                throw new IllegalArgumentException(javaType.getName() + " overlaps " + e.javaType().getName()
                        + ", already registered as component type '" + e.type() + "'");
            }
        }
        Map<String, Entry> m = new LinkedHashMap<>(byType);
        m.put(type, new Entry(type, javaType, userWriter(type, javaType, serializer), userReader(type, javaType, deserializer),
                false));
        return new Components(m);
    }

    /** Writes a component as an object whose first field is its {@code "type"}. */
    void write(Out out, IncentiveComponent c) throws IOException {
        Entry e = byType.get(c.type());
        if (e == null || !e.javaType().isInstance(c)) {
            throw JsonMappingException.from(out.gen, "cannot write incentive component '" + c.id() + "' of type '" + c.type()
                    + "' (" + c.getClass().getName() + "): no JSON format is registered for it; the registered types are "
                    + String.join(", ", byType.keySet())
                    + ". Register it with PartneringModule.withComponent(type, class, serializer, deserializer)");
        }
        e.writer().write(out, c);
    }

    /** Reads a component by its {@code "type"} field. */
    IncentiveComponent read(In in) {
        in.object("an incentive component");
        String type = in.req("type", Scalars.TEXT);
        if (type == null) {
            throw Reading.Abort.INSTANCE;
        }
        Entry e = byType.get(type);
        if (e == null) {
            in.reading.problem(JsonPaths.field(in.path(), "type"), "unknown incentive component type \""
                    + JsonTree.abbreviate(type) + "\"; the types are " + String.join(", ", byType.keySet()));
            throw Reading.Abort.INSTANCE;
        }
        return e.reader().read(in);
    }

    private static <T extends IncentiveComponent> ValueWriter<IncentiveComponent> userWriter(String type, Class<T> javaType,
            JsonSerializer<T> serializer) {
        return (out, c) -> {
            TokenBuffer buffer = new TokenBuffer(out.gen.getCodec(), false);
            serializer.serialize(javaType.cast(c), buffer, out.provider);
            JsonNode tree;
            try (JsonParser p = buffer.asParser()) {
                p.nextToken();
                tree = JsonTree.read(p, PartneringJson.MAX_NESTING_DEPTH);
            } catch (JsonTree.TreeProblem e) {
                throw JsonMappingException.from(out.gen, "the serializer of component type '" + type + "' wrote invalid JSON: "
                        + e.getMessage());
            }
            if (!tree.isObject() || tree.has("type")) {
                throw JsonMappingException.from(out.gen, "the serializer of component type '" + type
                        + "' must write a JSON object without a \"type\" field (the module writes it), not " + tree);
            }
            out.gen.writeStartObject();
            out.gen.writeStringField("type", type);
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                out.gen.writeFieldName(f.getKey());
                f.getValue().serialize(out.gen, out.provider);
            }
            out.gen.writeEndObject();
        };
    }

    private static <T extends IncentiveComponent> ValueReader<IncentiveComponent> userReader(String type, Class<T> javaType,
            JsonDeserializer<T> deserializer) {
        return in -> {
            in.consumeAll();
            ObjectNode fields = ((ObjectNode) in.node).deepCopy();
            fields.remove("type");
            Object value;
            try (JsonParser p = fields.traverse(in.reading.parser.getCodec())) {
                p.nextToken();
                value = deserializer.deserialize(p, in.reading.context);
            } catch (PartneringJsonException e) {
                in.reading.nested(in.path(), e);
                throw Reading.Abort.INSTANCE;
            } catch (ValidationException e) {
                in.reading.violations(in.path(), e, true);
                throw Reading.Abort.INSTANCE;
            } catch (JsonProcessingException e) {
                throw in.fail("component type '" + type + "' could not be read: " + e.getOriginalMessage());
            } catch (IOException | IllegalArgumentException | DateTimeException | ArithmeticException e) {
                throw in.fail("component type '" + type + "' could not be read: " + e.getMessage());
            }
            if (!javaType.isInstance(value)) {
                throw in.fail("the deserializer of component type '" + type + "' returned "
                        + (value == null ? "null" : value.getClass().getName()) + ", not a " + javaType.getName());
            }
            return javaType.cast(value);
        };
    }
}
