package dev.partnering.jackson3;

import java.time.DateTimeException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.jsontype.TypeIdResolver;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.TokenBuffer;

import dev.partnering.ValidationException;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;

/**
 * The closed registry of incentive component types the module reads and writes (the Jackson 3 twin
 * of the Jackson 2 module's class of the same name, with the same rules and words): the five
 * built-in ones (read through their builders, written through their mix-ins) and those a user
 * registered, each under its type name, which is the component's {@link IncentiveComponent#type()}
 * and the value of its {@code "type"} field in JSON. A user's type is a named subtype of the
 * family, so Jackson's {@code "type"} handling finds it; its own serializer and deserializer see
 * its fields without the {@code "type"}. Immutable and thread-safe.
 */
final class Components {

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** One registered type: a user's with its serializer and deserializer, a built-in one without. */
    private record Entry(String type, Class<? extends IncentiveComponent> javaType, ValueSerializer<?> serializer,
            ValueDeserializer<?> deserializer) {
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
     * @throws IllegalArgumentException if the name is not lower-kebab or already taken, or the class
     *         overlaps a registered one
     */
    <T extends IncentiveComponent> Components with(String type, Class<T> javaType, ValueSerializer<T> serializer,
            ValueDeserializer<T> deserializer) {
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
    void setup(JacksonModule.SetupContext context, SimpleSerializers serializers, SimpleDeserializers deserializers) {
        for (Entry e : byType.values()) {
            if (!e.builtIn()) {
                context.registerSubtypes(new NamedType(e.javaType(), e.type()));
                add(serializers, e);
                add(deserializers, e);
            }
        }
        context.addSerializers(new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription.Supplier desc, JsonFormat.Value format) {
                Class<?> c = type.getRawClass();
                return IncentiveComponent.class.isAssignableFrom(c) && !c.isInterface() && !Builders.isSdk(c)
                        && byType.values().stream().noneMatch(e -> e.javaType().isAssignableFrom(c)) ? new Unregistered() : null;
            }
        });
        context.addHandler(new DeserializationProblemHandler() {
            @Override
            public JavaType handleUnknownTypeId(DeserializationContext ctxt, JavaType baseType, String subTypeId,
                    TypeIdResolver idResolver, String failureMsg) {
                if (!IncentiveComponent.class.isAssignableFrom(baseType.getRawClass())) {
                    return null;
                }
                throw DatabindException.from(ctxt.getParser(), "unknown incentive component type \""
                        + dev.partnering.jackson.common.internal.Texts.abbreviate(subTypeId) + "\"; the types are " + String.join(", ", byType.keySet()));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(SimpleSerializers serializers, Entry e) {
        Class<T> c = (Class<T>) e.javaType();
        serializers.addSerializer(c, new UserSerializer<>(e.type(), c, (ValueSerializer<T>) e.serializer()));
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(SimpleDeserializers deserializers, Entry e) {
        Class<T> c = (Class<T>) e.javaType();
        deserializers.addDeserializer(c, (ValueDeserializer<T>) (ValueDeserializer<?>) new Guard.Guarded(
                new UserDeserializer(e.type(), c, e.deserializer()), c.getSimpleName(), true));
    }

    /** A component of a type no module registered: writing it fails, saying how to register it. */
    private final class Unregistered extends StdSerializer<IncentiveComponent> {
        Unregistered() {
            super(IncentiveComponent.class);
        }

        @Override
        public void serialize(IncentiveComponent c, JsonGenerator gen, SerializationContext ctxt) {
            throw DatabindException.from(gen, "cannot write incentive component '" + c.id() + "' of type '" + c.type()
                    + "' (" + c.getClass().getName() + "): no JSON format is registered for it; the registered types are "
                    + String.join(", ", byType.keySet())
                    + ". Register it with PartneringModule.withComponent(type, class, serializer, deserializer)");
        }

        @Override
        public void serializeWithType(IncentiveComponent c, JsonGenerator gen, SerializationContext ctxt,
                TypeSerializer types) {
            serialize(c, gen, ctxt);
        }
    }

    /** Writes a user's component as an object whose first field is its {@code "type"}, then the fields its serializer writes. */
    private static final class UserSerializer<T> extends StdSerializer<T> {
        private final String type;
        private final ValueSerializer<T> serializer;

        UserSerializer(String type, Class<T> javaType, ValueSerializer<T> serializer) {
            super(javaType);
            this.type = type;
            this.serializer = serializer;
        }

        @Override
        public void serializeWithType(T value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer types) {
            serialize(value, gen, ctxt);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            TokenBuffer buffer = new TokenBuffer(ctxt, false);
            serializer.serialize(value, buffer, ctxt);
            String wrong = wrong(buffer);
            if (wrong != null) {
                throw DatabindException.from(gen, "the serializer of component type '" + type
                        + "' must write a JSON object without a \"type\" field (the module writes it), not " + wrong);
            }
            gen.writeStartObject(value);
            gen.writeStringProperty("type", type);
            try (JsonParser p = buffer.asParser()) {
                p.nextToken();
                for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                    gen.writeName(p.currentName());
                    p.nextToken();
                    gen.copyCurrentStructure(p);
                }
            }
            gen.writeEndObject();
        }

        /** @return what is wrong with what the user's serializer wrote, in words, or null if it is one object without a type */
        private static String wrong(TokenBuffer buffer) {
            try (JsonParser p = buffer.asParser()) {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    return first == null ? "nothing" : Strict.found(p);
                }
                for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                    if ("type".equals(p.currentName())) {
                        return "an object with a \"type\" field";
                    }
                    p.nextToken();
                    p.skipChildren();
                }
                return p.nextToken() == null ? null : "more than one value";
            }
        }
    }

    /**
     * Reads a user's component: gives its deserializer the fields after the {@code "type"} Jackson
     * read, as one object, located in the document; its problems go to the read's problems at the
     * component's path.
     */
    private static final class UserDeserializer extends StdDeserializer<Object> {
        private final String type;
        private final ValueDeserializer<?> deserializer;

        UserDeserializer(String type, Class<?> javaType, ValueDeserializer<?> deserializer) {
            super(javaType);
            this.type = type;
            this.deserializer = deserializer;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            String path = JsonPaths.ofCurrentValue(p);
            TokenStreamLocation start = p.currentTokenLocation();
            TokenStreamContext holder = p.currentToken() == JsonToken.END_OBJECT
                    ? p.streamReadContext() : p.streamReadContext().getParent();
            TokenBuffer fields = TokenBuffer.forBuffering(p, ctxt);
            fields.writeStartObject();
            for (JsonToken t = p.currentToken() == JsonToken.START_OBJECT ? p.nextToken() : p.currentToken();
                    t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if ("type".equals(name)) {
                    p.skipChildren();
                } else {
                    fields.writeName(name);
                    fields.copyCurrentStructure(p);
                }
            }
            fields.writeEndObject();
            Guard.Problems problems = Guard.problems(ctxt);
            int before = problems.broken();
            Object value;
            try (JsonParser q = fields.overrideParentContext(before(holder)).asParser(ctxt, p)) {
                q.nextToken();
                value = deserializer.deserialize(q, ctxt);
            } catch (ValidationException e) {
                if (problems.broken() == before) {
                    problems.violations(path, e, start, null);
                }
                return null;
            } catch (JacksonException e) {
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
        private static TokenStreamContext before(TokenStreamContext h) {
            int kind = h.inArray() ? TokenStreamContext.TYPE_ARRAY : h.inObject() ? TokenStreamContext.TYPE_OBJECT
                    : TokenStreamContext.TYPE_ROOT;
            return new TokenStreamContext(kind, h.getCurrentIndex() - 1) {
                {
                    _nestingDepth = h.getNestingDepth();
                }

                @Override
                public TokenStreamContext getParent() {
                    return h.getParent();
                }

                @Override
                public String currentName() {
                    return h.currentName();
                }
            };
        }
    }
}
