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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
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
 * ones (read through their builders, written through their mix-ins) and those a user registered,
 * each under its type name, which is the component's {@link IncentiveComponent#type()} and the
 * value of its {@code "type"} field in JSON. A user's type is a named subtype of the family, so
 * Jackson's {@code "type"} handling finds it; its own serializer and deserializer see its fields
 * without the {@code "type"}. Immutable and thread-safe.
 */
final class Components {

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** One registered type: a user's with its serializer and deserializer, a built-in one without. */
    private record Entry(String type, Class<? extends IncentiveComponent> javaType, JsonSerializer<?> serializer,
            JsonDeserializer<?> deserializer) {
        boolean builtIn() {
            return serializer == null;
        }
    }

    private final Map<String, Entry> byType;

    private Components(Map<String, Entry> byType) {
        this.byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    /** @return the five built-in types */
    static Components builtIn() {
        Map<String, Entry> m = new LinkedHashMap<>();
        m.put(GainShare.TYPE, new Entry(GainShare.TYPE, GainShare.class, null, null));
        m.put(AtRiskPool.TYPE, new Entry(AtRiskPool.TYPE, AtRiskPool.class, null, null));
        m.put(ServiceCreditTiers.TYPE, new Entry(ServiceCreditTiers.TYPE, ServiceCreditTiers.class, null, null));
        m.put(BonusMalusCurve.TYPE, new Entry(BonusMalusCurve.TYPE, BonusMalusCurve.class, null, null));
        m.put(Penalty.TYPE, new Entry(Penalty.TYPE, Penalty.class, null, null));
        return new Components(m);
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
        m.put(type, new Entry(type, javaType, serializer, deserializer));
        return new Components(m);
    }

    /**
     * Registers each user type as a named subtype with its serializer and deserializer, refuses to
     * write a component whose type is not registered, and names every registered type when a
     * {@code "type"} is unknown.
     */
    void setup(com.fasterxml.jackson.databind.Module.SetupContext context, SimpleSerializers serializers,
            SimpleDeserializers deserializers) {
        for (Entry e : byType.values()) {
            if (!e.builtIn()) {
                context.registerSubtypes(new NamedType(e.javaType(), e.type()));
                add(serializers, e);
                add(deserializers, e);
            }
        }
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription desc) {
                Class<?> c = type.getRawClass();
                return IncentiveComponent.class.isAssignableFrom(c) && !c.isInterface() && !Builders.isSdk(c)
                        && byType.values().stream().noneMatch(e -> e.javaType().isAssignableFrom(c)) ? new Unregistered() : null;
            }
        });
        context.addDeserializationProblemHandler(new DeserializationProblemHandler() {
            @Override
            public JavaType handleUnknownTypeId(DeserializationContext ctxt, JavaType baseType, String subTypeId,
                    TypeIdResolver idResolver, String failureMsg) throws IOException {
                if (!IncentiveComponent.class.isAssignableFrom(baseType.getRawClass())) {
                    return null;
                }
                throw JsonMappingException.from(ctxt.getParser(), "unknown incentive component type \""
                        + dev.partnering.jackson.common.internal.Texts.abbreviate(subTypeId) + "\"; the types are " + String.join(", ", byType.keySet()));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(SimpleSerializers serializers, Entry e) {
        Class<T> c = (Class<T>) e.javaType();
        serializers.addSerializer(c, new UserSerializer<>(e.type(), c, (JsonSerializer<T>) e.serializer()));
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(SimpleDeserializers deserializers, Entry e) {
        Class<T> c = (Class<T>) e.javaType();
        deserializers.addDeserializer(c, (JsonDeserializer<T>) (JsonDeserializer<?>) new Guard.Guarded(
                new UserDeserializer(e.type(), c, e.deserializer()), c.getSimpleName()));
    }

    /** A component of a type no module registered: writing it fails, saying how to register it. */
    private final class Unregistered extends StdSerializer<IncentiveComponent> {
        private static final long serialVersionUID = 1L;

        Unregistered() {
            super(IncentiveComponent.class);
        }

        @Override
        public void serialize(IncentiveComponent c, JsonGenerator gen, SerializerProvider provider) throws IOException {
            throw JsonMappingException.from(gen, "cannot write incentive component '" + c.id() + "' of type '" + c.type()
                    + "' (" + c.getClass().getName() + "): no JSON format is registered for it; the registered types are "
                    + String.join(", ", byType.keySet())
                    + ". Register it with PartneringModule.withComponent(type, class, serializer, deserializer)");
        }

        @Override
        public void serializeWithType(IncentiveComponent c, JsonGenerator gen, SerializerProvider provider,
                TypeSerializer types) throws IOException {
            serialize(c, gen, provider);
        }
    }

    /** Writes a user's component as an object whose first field is its {@code "type"}, then the fields its serializer writes. */
    private static final class UserSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final String type;
        private final transient JsonSerializer<T> serializer;

        UserSerializer(String type, Class<T> javaType, JsonSerializer<T> serializer) {
            super(javaType);
            this.type = type;
            this.serializer = serializer;
        }

        @Override
        public void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider, TypeSerializer types)
                throws IOException {
            serialize(value, gen, provider);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            TokenBuffer buffer = new TokenBuffer(gen.getCodec(), false);
            serializer.serialize(value, buffer, provider);
            JsonNode tree;
            try (JsonParser p = buffer.asParser(gen.getCodec())) {
                tree = p.readValueAsTree();
            } catch (IOException | RuntimeException e) {
                throw JsonMappingException.from(gen, "the serializer of component type '" + type + "' wrote invalid JSON: "
                        + e.getMessage());
            }
            if (!tree.isObject() || tree.has("type")) {
                throw JsonMappingException.from(gen, "the serializer of component type '" + type
                        + "' must write a JSON object without a \"type\" field (the module writes it), not " + tree);
            }
            gen.writeStartObject();
            gen.writeStringField("type", type);
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                gen.writeFieldName(f.getKey());
                f.getValue().serialize(gen, provider);
            }
            gen.writeEndObject();
        }
    }

    /**
     * Reads a user's component: gives its deserializer the fields after the {@code "type"} Jackson
     * read, as one object, located in the document; its problems go to the read's problems at the
     * component's path.
     */
    private static final class UserDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;
        private final String type;
        private final transient JsonDeserializer<?> deserializer;

        UserDeserializer(String type, Class<?> javaType, JsonDeserializer<?> deserializer) {
            super(javaType);
            this.type = type;
            this.deserializer = deserializer;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String path = JsonPaths.ofCurrentValue(p);
            JsonLocation start = p.currentTokenLocation();
            com.fasterxml.jackson.core.JsonStreamContext holder = p.currentToken() == JsonToken.END_OBJECT
                    ? p.getParsingContext() : p.getParsingContext().getParent();
            TokenBuffer fields = new TokenBuffer(p.getCodec(), false);
            fields.writeStartObject();
            for (JsonToken t = p.currentToken() == JsonToken.START_OBJECT ? p.nextToken() : p.currentToken();
                    t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if ("type".equals(name)) {
                    p.skipChildren();
                } else {
                    fields.writeFieldName(name);
                    fields.copyCurrentStructure(p);
                }
            }
            fields.writeEndObject();
            Guard.Problems problems = Guard.problems(ctxt);
            int before = problems.broken();
            Object value;
            try (JsonParser q = fields.overrideParentContext(before(holder)).asParser(p)) {
                q.nextToken();
                value = deserializer.deserialize(q, ctxt);
            } catch (ValidationException e) {
                if (problems.broken() == before) {
                    Guard.record(problems, path, e, start, null);
                }
                return null;
            } catch (JsonProcessingException e) {
                if (problems.broken() == before) {
                    problems.problem(path, "component type '" + type + "' could not be read: " + e.getOriginalMessage(), start);
                }
                return null;
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                if (problems.broken() == before) {
                    problems.problem(path, "component type '" + type + "' could not be read: " + e.getMessage(), start);
                }
                return null;
            }
            if (problems.broken() == before && !handledType().isInstance(value)) {
                problems.problem(path, "the deserializer of component type '" + type + "' returned "
                        + (value == null ? "null" : value.getClass().getName()) + ", not a " + handledType().getName(), start);
            }
            return problems.broken() == before ? value : null;
        }

        /**
         * @return the holder's context one element earlier: the buffer's object, as its first token,
         *         moves it on to the element it is, so that paths inside name the component's index
         */
        private static com.fasterxml.jackson.core.JsonStreamContext before(com.fasterxml.jackson.core.JsonStreamContext h) {
            int kind = h.inArray() ? 1 : h.inObject() ? 2 : 0;
            return new com.fasterxml.jackson.core.JsonStreamContext(kind, h.getCurrentIndex() - 1) {
                @Override
                public com.fasterxml.jackson.core.JsonStreamContext getParent() {
                    return h.getParent();
                }

                @Override
                public String getCurrentName() {
                    return h.getCurrentName();
                }
            };
        }
    }
}
