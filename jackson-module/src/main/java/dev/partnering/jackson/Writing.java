package dev.partnering.jackson;

import java.io.IOException;
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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import dev.partnering.jackson.common.internal.FormatScalars;
import dev.partnering.jackson.common.internal.IsoText;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Writing through Jackson's own bean serializers for the types that have a mix-in
 * ({@link dev.partnering.jackson.common.mixin.PartneringMixins}): the scalars of the format inside the
 * SDK's values (decimals as strings, ISO-8601 dates, instants, periods and durations, currency
 * codes; inside lists and maps too), absent optional values left out, money and reporting periods
 * wherever they are, and the SDK's package-private implementation classes
 * written as the public type they implement, so that no reflection into the core is needed. Only
 * properties of the SDK's own types are touched: the user's types keep the mapper's behaviour.
 */
final class Writing {

    private Writing() {
    }

    /** The serializers of the format's scalars, by the Java type. */
    private static final Map<Class<?>, JsonSerializer<?>> SCALARS = Map.of(
            BigDecimal.class, scalar(BigDecimal.class, FormatScalars::format),
            Instant.class, scalar(Instant.class, IsoText::instant),
            LocalDate.class, scalar(LocalDate.class, IsoText::date),
            Period.class, scalar(Period.class, Period::toString),
            Duration.class, scalar(Duration.class, FormatScalars::format),
            Currency.class, scalar(Currency.class, Currency::getCurrencyCode));

    /** Enums by their constant names. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final JsonSerializer<Object> ENUM_NAME = (JsonSerializer) scalar(Enum.class, Enum::name);

    private static <T> JsonSerializer<T> scalar(Class<T> type, java.util.function.Function<T, String> text) {
        return new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(text.apply(value));
            }
        };
    }

    /** @return true for the SDK's own value types, never the user's or the module's */
    private static boolean isSdkType(Class<?> c) {
        return c.getName().startsWith("dev.partnering.") && !c.getName().startsWith("dev.partnering.jackson.");
    }

    /** Writes money as {@code {"amount": "1500000.00", "currency": "SEK"}}. */
    static final JsonSerializer<Money> MONEY = new StdSerializer<>(Money.class) {
        private static final long serialVersionUID = 1L;

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", FormatScalars.format(value.amount()));
            gen.writeStringField("currency", value.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    };

    /** Writes a reporting period as {@code "2026-03"}, {@code "2026-Q1"} or {@code "2026"}. */
    static final JsonSerializer<ReportingPeriod> REPORTING_PERIOD = scalar(ReportingPeriod.class, ReportingPeriod::toString);

    /** Writes a value with the type id its declared type asks for (a family's {@code "type"}). */
    static void write(Object value, DeclaredType declared, JsonGenerator gen, SerializerProvider provider,
            BeanProperty property) throws IOException {
        JsonSerializer<Object> s = provider.findValueSerializer(value.getClass(), property);
        TypeSerializer types = declared.types(provider);
        if (types != null) {
            s.serializeWithType(value, gen, provider, types);
        } else {
            s.serialize(value, gen, provider);
        }
    }

    /**
     * A declared type and its type serializer, looked up once per mapper configuration (Jackson 2
     * introspects the type's annotations on every lookup: a tenth of the time writing a document).
     */
    static final class DeclaredType {
        /** The type serializer (null if the type has none) for one configuration. */
        private record Found(SerializationConfig config, TypeSerializer types) {
        }

        private final Class<?> type;
        private volatile Found found;

        DeclaredType(Class<?> type) {
            this.type = type;
        }

        TypeSerializer types(SerializerProvider provider) throws JsonMappingException {
            Found f = found;
            if (f == null || f.config() != provider.getConfig()) {
                f = new Found(provider.getConfig(), provider.findTypeSerializer(provider.constructType(type)));
                found = f;
            }
            return f.types();
        }
    }

    /** The SDK's package-private classes with a mix-in on a public supertype: written as that type. */
    static Serializers publicTypes(Map<Class<?>, Class<?>> mixins) {
        return new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription desc) {
                Class<?> c = type.getRawClass();
                if (Modifier.isPublic(c.getModifiers()) || !isSdkType(c)) {
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
    private static final class AsPublicType extends StdSerializer<Object> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;
        private final Class<?> type;

        AsPublicType(Class<?> type) {
            super(Object.class);
            this.type = type;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            return provider.findValueSerializer(type, property);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.findValueSerializer(type).serialize(value, gen, provider);
        }
    }

    /** Scalars and optional values in the properties of the SDK's types. */
    static BeanSerializerModifier properties() {
        return new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription desc,
                    List<BeanPropertyWriter> writers) {
                if (!isSdkType(desc.getBeanClass())) {
                    return writers;
                }
                for (int i = 0; i < writers.size(); i++) {
                    BeanPropertyWriter w = writers.get(i);
                    JavaType t = w.getType();
                    if (t.getRawClass() == Optional.class) {
                        writers.set(i, new OptionalWriter(w, t.containedTypeOrUnknown(0).getRawClass()));
                    } else if (t.isEnumType()) {
                        w.assignSerializer(ENUM_NAME); // whatever the mapper's enum features say
                    } else if (SCALARS.containsKey(t.getRawClass())) {
                        @SuppressWarnings("unchecked")
                        JsonSerializer<Object> s = (JsonSerializer<Object>) SCALARS.get(t.getRawClass());
                        w.assignSerializer(s);
                    } else if (t.isMapLikeType() || ((t.isCollectionLikeType()) && scalar(t.getContentType()) != null)) {
                        w.assignSerializer(new Elements(t.getContentType().getRawClass(), scalar(t.getContentType()),
                                sorted(w, config, desc)));
                    }
                }
                return writers;
            }
        };
    }

    /** @return true if the property's mix-in asks for its map by sorted key ({@code WRITE_SORTED_MAP_ENTRIES}) */
    private static boolean sorted(BeanPropertyWriter w, SerializationConfig config, BeanDescription desc) {
        return Boolean.TRUE.equals(w.findPropertyFormat(config, desc.getBeanClass())
                .getFeature(com.fasterxml.jackson.annotation.JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES));
    }

    /** @return the format's serializer of a scalar type (an enum by its name), null for any other type */
    @SuppressWarnings("unchecked")
    private static JsonSerializer<Object> scalar(JavaType t) {
        return t.isEnumType() ? ENUM_NAME : (JsonSerializer<Object>) SCALARS.get(t.getRawClass());
    }

    /**
     * A map, or a list or set of scalars (e.g. decimals, enums): each scalar in the format, any other
     * value as its type is written, a map's keys by their names (an enum's constant name; enum keys
     * in declaration order, others in the map's order or sorted where the mix-in says so), whatever
     * the mapper's enum and map settings.
     */
    private static final class Elements extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;
        private final transient DeclaredType content;
        private final transient JsonSerializer<Object> scalar;
        private final boolean sorted;

        Elements(Class<?> content, JsonSerializer<Object> scalar, boolean sorted) {
            super(Object.class);
            this.content = new DeclaredType(content);
            this.scalar = scalar;
            this.sorted = sorted;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof Map<?, ?> map) {
                gen.writeStartObject();
                // enum keys in their declaration order, whatever the map's order; other keys as the map has them
                Map<?, ?> ordered = sorted || !map.isEmpty() && map.keySet().iterator().next() instanceof Enum<?>
                        ? new java.util.TreeMap<>(map) : map;
                for (Map.Entry<?, ?> e : ordered.entrySet()) {
                    gen.writeFieldName(e.getKey() instanceof Enum<?> k ? k.name() : String.valueOf(e.getKey()));
                    element(e.getValue(), gen, provider);
                }
                gen.writeEndObject();
            } else {
                gen.writeStartArray();
                for (Object e : (Iterable<?>) value) {
                    element(e, gen, provider);
                }
                gen.writeEndArray();
            }
        }

        private void element(Object e, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (scalar != null) {
                scalar.serialize(e, gen, provider);
            } else {
                write(e, content, gen, provider, null);
            }
        }
    }

    /** An {@code Optional} property: left out when empty, else its content under the property's name. */
    private static final class OptionalWriter extends BeanPropertyWriter {
        private static final long serialVersionUID = 1L;
        private final Class<?> content;
        private final transient DeclaredType declared;

        OptionalWriter(BeanPropertyWriter base, Class<?> content) {
            super(base);
            this.content = content;
            this.declared = new DeclaredType(content);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            Optional<?> value = (Optional<?>) get(bean);
            if (value == null || value.isEmpty()) {
                return;
            }
            gen.writeFieldName(_name);
            @SuppressWarnings("unchecked")
            JsonSerializer<Object> s = content.isEnum() ? ENUM_NAME : (JsonSerializer<Object>) SCALARS.get(content);
            if (s != null) {
                s.serialize(value.get(), gen, provider);
            } else {
                write(value.get(), declared, gen, provider, this);
            }
        }
    }
}
