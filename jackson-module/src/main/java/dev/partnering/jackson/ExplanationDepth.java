package dev.partnering.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;

/**
 * The depth limit of explanations on writing: an explanation or step deeper than
 * {@link Explanation#MAX_DEPTH} (lazy steps can make one) is refused before anything of it is
 * written, so whatever is written reads back. The whole tree is checked once, at the outermost
 * explanation or step; the steps inside it are written by their mix-in's bean serializer unchecked.
 * (Reading needs nothing here: the core refuses to build a tree that deep.)
 */
final class ExplanationDepth {

    private ExplanationDepth() {
    }

    /** @return the modifier that puts the check in front of the serializers of explanations and steps */
    static BeanSerializerModifier modifier() {
        return new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription desc,
                    JsonSerializer<?> serializer) {
                Class<?> c = desc.getBeanClass();
                return c == Step.class || c == Explanation.class ? new Checked((JsonSerializer<Object>) serializer)
                        : serializer;
            }
        };
    }

    /** Checks the depth of the value, unless it is inside an explanation or step already checked. */
    static void check(Object value, JsonGenerator gen) throws JsonGenerationException {
        JsonStreamContext c = gen.getOutputContext();
        while (c != null && c.inArray()) {
            c = c.getParent();
        }
        Object holder = c == null ? null : c.getCurrentValue();
        if (holder instanceof Step || holder instanceof Explanation) {
            return;
        }
        int depth = value instanceof Step s ? s.depth() : ((Explanation) value).depth();
        if (depth > Explanation.MAX_DEPTH) {
            String what = value instanceof Step s ? "step '" + s.text() + "'" : "'" + ((Explanation) value).subject() + "'";
            throw new JsonGenerationException("cannot write explanation " + abbreviate(what) + ": it is " + depth
                    + " levels deep, more than the " + Explanation.MAX_DEPTH
                    + " levels allowed (Explanation.MAX_DEPTH), so it could not be read back", gen);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    private static final class Checked extends StdSerializer<Object> implements ContextualSerializer, ResolvableSerializer {
        private static final long serialVersionUID = 1L;
        private final transient JsonSerializer<Object> delegate;

        Checked(JsonSerializer<Object> delegate) {
            super(Object.class);
            this.delegate = delegate;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer r) {
                r.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonSerializer<?> d = delegate instanceof ContextualSerializer c ? c.createContextual(provider, property)
                    : delegate;
            return d == delegate ? this : new Checked((JsonSerializer<Object>) d);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            check(value, gen);
            delegate.serialize(value, gen, provider);
        }

        @Override
        public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer types)
                throws IOException {
            check(value, gen);
            delegate.serializeWithType(value, gen, provider, types);
        }
    }
}
