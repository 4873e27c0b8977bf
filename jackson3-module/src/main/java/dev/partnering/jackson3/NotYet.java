package dev.partnering.jackson3;

import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

import dev.partnering.jackson.common.internal.Results;
import dev.partnering.jackson.common.mixin.BuilderMixins;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The SDK's types that the shared mix-ins do not describe (none is left; a type added to the core
 * without its mix-in would be): refused with a message naming the type, never read or written by
 * guesswork from their accessors. The results are no such types: they are refused as the Jackson 2
 * module refuses them, in the words of jackson-common's {@code Results}. Derived from the mix-in tables,
 * so a type leaves this list as soon as its mix-in is added to {@code jackson-common}.
 */
final class NotYet {

    private NotYet() {
    }

    private static final Set<Class<?>> SCALARS = Set.of(Money.class, ReportingPeriod.class);

    /** Types without a writing mix-in that the module writes with a serializer of its own (an answer: its dimension by id). */
    private static final Set<Class<?>> OWN_WRITERS = Set.of(dev.partnering.trust.Answer.class);

    /**
     * @return true if Jackson 3 has a deserializer of its own for the SDK's type: a builder or creator
     *         mix-in names it, or it is a result, refused in the words of both modules (jackson-common's
     *         {@code Results})
     */
    static boolean readable(Class<?> c) {
        if (!Builders.isSdk(c) || c.isEnum() || SCALARS.contains(c) || described(c)) {
            return true;
        }
        // the generated class of a value read through its public type: Jackson asks for it when a value made by
        // its creator had unknown fields, to hand them to the unknown-field handler
        Class<?> type = publicType(c);
        return type != c && described(type);
    }

    private static boolean described(Class<?> c) {
        return BuilderMixins.read().contains(c) || Results.refusals().containsKey(c);
    }

    /** @return true if Jackson 3 writes the SDK's type: it, or a supertype it is written as, has a writing mix-in */
    static boolean writable(Class<?> c, Map<Class<?>, Class<?>> mixins) {
        if (!Builders.isSdk(c) || c.isEnum() || SCALARS.contains(c) || Throwable.class.isAssignableFrom(c)) {
            return true;
        }
        if (OWN_WRITERS.stream().anyMatch(w -> w.isAssignableFrom(c))) {
            return true;
        }
        for (Class<?> s = c; s != null; s = s.getSuperclass()) {
            if (mixins.containsKey(s) && (s == c || Modifier.isPublic(s.getModifiers()))) {
                return true;
            }
        }
        return false;
    }

    /** @return why a type is refused */
    static String message(Class<?> c, String verb) {
        return Guard.name(publicType(c)) + " cannot be " + verb + " with Jackson 3 yet: it has no mix-in in"
                + " dev.partnering.jackson.common.mixin (partnering-jackson, for Jackson 2, " + verb.replace("read", "reads")
                .replace("written", "writes") + " it)";
    }

    /** @return the public type of the SDK a (generated, package-private) class implements, or the class */
    private static Class<?> publicType(Class<?> c) {
        if (Modifier.isPublic(c.getModifiers())) {
            return c;
        }
        if (c.getSuperclass() != null && Builders.isSdk(c.getSuperclass())) {
            return publicType(c.getSuperclass());
        }
        for (Class<?> i : c.getInterfaces()) {
            if (Builders.isSdk(i)) {
                return publicType(i);
            }
        }
        return c;
    }

    static Deserializers deserializers() {
        return new Deserializers.Base() {
            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
                return !readable(valueType);
            }

            @Override
            public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription.Supplier desc) {
                Class<?> c = type.getRawClass();
                return readable(c) ? null : new Refused(c);
            }
        };
    }

    static Serializers serializers(Map<Class<?>, Class<?>> mixins) {
        return new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription.Supplier desc, JsonFormat.Value format) {
                Class<?> c = type.getRawClass();
                return writable(c, mixins) || type.isContainerType() ? null : new Unwritable(c);
            }
        };
    }

    private static final class Refused extends StdDeserializer<Object> {
        Refused(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            throw DatabindException.from(p, message(handledType(), "read"));
        }
    }

    private static final class Unwritable extends StdSerializer<Object> {
        private final Class<?> type;

        Unwritable(Class<?> type) {
            super(Object.class);
            this.type = type;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            throw DatabindException.from(gen, message(type, "written"));
        }
    }
}
