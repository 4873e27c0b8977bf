package dev.partnering.jackson3;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonFormat;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdSerializer;

import dev.partnering.jackson.common.internal.FormatScalars;
import dev.partnering.jackson.common.internal.IsoText;

/**
 * Writing through Jackson's own bean serializers for the types that have a mix-in (the Jackson 3
 * twin of the Jackson 2 module's class of the same name): the format's scalars inside the SDK's
 * values (decimals as strings, ISO-8601 dates, instants, periods and durations, currency codes;
 * inside lists and maps too), absent optional values left out, enums by their names, and the SDK's
 * package-private implementation classes written as the public type they implement. Only
 * properties of the SDK's own types are touched.
 */
final class Writing {

    private Writing() {
    }

    private static final Map<Class<?>, ValueSerializer<?>> SCALARS = Map.of(
            BigDecimal.class, scalar(BigDecimal.class, FormatScalars::format),
            Instant.class, scalar(Instant.class, IsoText::instant),
            LocalDate.class, scalar(LocalDate.class, IsoText::date),
            Period.class, scalar(Period.class, Period::toString),
            Duration.class, scalar(Duration.class, FormatScalars::format),
            Currency.class, scalar(Currency.class, Currency::getCurrencyCode));

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final ValueSerializer<Object> ENUM_NAME = (ValueSerializer) scalar(Enum.class, Enum::name);

    private static <T> ValueSerializer<T> scalar(Class<T> type, Function<T, String> text) {
        return new StdSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(text.apply(value));
            }
        };
    }

    /** Writes a value with the type id its declared type asks for (a family's {@code "type"}). */
    static void write(Object value, Class<?> declared, JsonGenerator gen, SerializationContext ctxt) {
        ValueSerializer<Object> s = ctxt.findValueSerializer(value.getClass());
        TypeSerializer types = ctxt.findTypeSerializer(ctxt.constructType(declared));
        if (types != null) {
            s.serializeWithType(value, gen, ctxt, types);
        } else {
            s.serialize(value, gen, ctxt);
        }
    }

    /** The SDK's package-private classes with a mix-in on a public supertype: written as that type. */
    static Serializers publicTypes(Map<Class<?>, Class<?>> mixins) {
        return new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription.Supplier desc, JsonFormat.Value format) {
                Class<?> c = type.getRawClass();
                if (Modifier.isPublic(c.getModifiers()) || !Builders.isSdk(c)) {
                    return null;
                }
                for (Class<?> s = c.getSuperclass(); s != null; s = s.getSuperclass()) {
                    if (mixins.containsKey(s) && Modifier.isPublic(s.getModifiers())) {
                        return new AsPublicType(s);
                    }
                }
                return null;
            }
        };
    }

    /** Resolves, when contextualised, to the serializer of the public type. */
    private static final class AsPublicType extends StdSerializer<Object> {
        private final Class<?> type;

        AsPublicType(Class<?> type) {
            super(Object.class);
            this.type = type;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
            return ctxt.findPrimaryPropertySerializer(type, property);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            ctxt.findValueSerializer(type).serialize(value, gen, ctxt);
        }
    }

    /** Scalars, enums and optional values in the properties of the SDK's types. */
    static ValueSerializerModifier properties() {
        return new ValueSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription.Supplier desc,
                    List<BeanPropertyWriter> writers) {
                if (!Builders.isSdk(desc.getBeanClass())) {
                    return writers;
                }
                for (int i = 0; i < writers.size(); i++) {
                    BeanPropertyWriter w = writers.get(i);
                    JavaType t = w.getType();
                    if (t.getRawClass() == Optional.class) {
                        writers.set(i, new OptionalWriter(w, t.containedTypeOrUnknown(0).getRawClass()));
                    } else if (scalar(t) != null) {
                        w.assignSerializer(scalar(t));
                    } else if (t.isMapLikeType() || t.isCollectionLikeType() && scalar(t.getContentType()) != null) {
                        w.assignSerializer(new Elements(t.getContentType().getRawClass(), scalar(t.getContentType()),
                                Boolean.TRUE.equals(w.findPropertyFormat(config, desc.getBeanClass()).getFeature(
                                        com.fasterxml.jackson.annotation.JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES))));
                    }
                }
                return writers;
            }
        };
    }

    /** @return the format's serializer of a scalar type (an enum by its name), null for any other type */
    @SuppressWarnings("unchecked")
    private static ValueSerializer<Object> scalar(JavaType t) {
        return t.isEnumType() ? ENUM_NAME : (ValueSerializer<Object>) SCALARS.get(t.getRawClass());
    }

    /**
     * A map, or a list or set of scalars: each scalar in the format, any other value as its type is
     * written, a map's keys by their names (enum keys in declaration order, others in the map's order or
     * sorted where the mix-in says so with {@code WRITE_SORTED_MAP_ENTRIES}).
     */
    private static final class Elements extends StdSerializer<Object> {
        private final Class<?> content;
        private final ValueSerializer<Object> scalar;
        private final boolean sorted;

        Elements(Class<?> content, ValueSerializer<Object> scalar, boolean sorted) {
            super(Object.class);
            this.content = content;
            this.scalar = scalar;
            this.sorted = sorted;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            if (value instanceof Map<?, ?> map) {
                gen.writeStartObject();
                Map<?, ?> ordered = sorted || !map.isEmpty() && map.keySet().iterator().next() instanceof Enum<?>
                        ? new TreeMap<>(map) : map;
                for (Map.Entry<?, ?> e : ordered.entrySet()) {
                    gen.writeName(e.getKey() instanceof Enum<?> k ? k.name() : String.valueOf(e.getKey()));
                    element(e.getValue(), gen, ctxt);
                }
                gen.writeEndObject();
            } else {
                gen.writeStartArray();
                for (Object e : (Iterable<?>) value) {
                    element(e, gen, ctxt);
                }
                gen.writeEndArray();
            }
        }

        private void element(Object e, JsonGenerator gen, SerializationContext ctxt) {
            if (scalar != null) {
                scalar.serialize(e, gen, ctxt);
            } else {
                write(e, content, gen, ctxt);
            }
        }
    }

    /** An {@code Optional} property: left out when empty, else its content under the property's name. */
    private static final class OptionalWriter extends BeanPropertyWriter {
        private static final long serialVersionUID = 1L;
        private final Class<?> content;

        OptionalWriter(BeanPropertyWriter base, Class<?> content) {
            super(base);
            this.content = content;
        }

        @Override
        public void serializeAsProperty(Object bean, JsonGenerator gen, SerializationContext ctxt) throws Exception {
            Optional<?> value = (Optional<?>) get(bean);
            if (value == null || value.isEmpty()) {
                return;
            }
            gen.writeName(_name);
            @SuppressWarnings("unchecked")
            ValueSerializer<Object> s = content.isEnum() ? ENUM_NAME : (ValueSerializer<Object>) SCALARS.get(content);
            if (s != null) {
                s.serialize(value.get(), gen, ctxt);
            } else {
                write(value.get(), content, gen, ctxt);
            }
        }
    }
}
