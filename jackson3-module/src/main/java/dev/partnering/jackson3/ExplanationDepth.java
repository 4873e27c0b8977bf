package dev.partnering.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;

/**
 * The depth limit of explanations on writing (the Jackson 3 twin of the Jackson 2 module's class of
 * the same name): an explanation or step deeper than {@link Explanation#MAX_DEPTH} (lazy steps can
 * make one) is refused before anything of it is written, so whatever is written reads back. The
 * whole tree is checked once, at the outermost explanation or step. Reading needs nothing here:
 * the core refuses to build a tree that deep.
 */
final class ExplanationDepth {

    private ExplanationDepth() {
    }

    /** @return the modifier that puts the check in front of the serializers of explanations and steps */
    static ValueSerializerModifier modifier() {
        return new ValueSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings("unchecked")
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier desc,
                    ValueSerializer<?> serializer) {
                Class<?> c = desc.getBeanClass();
                return c == Step.class || c == Explanation.class ? new Checked((ValueSerializer<Object>) serializer)
                        : serializer;
            }
        };
    }

    /** Checks the depth of the value, unless it is inside an explanation or step already checked. */
    static void check(Object value, JsonGenerator gen) {
        TokenStreamContext c = gen.streamWriteContext();
        while (c != null && c.inArray()) {
            c = c.getParent();
        }
        Object holder = c == null ? null : c.currentValue();
        if (holder instanceof Step || holder instanceof Explanation) {
            return;
        }
        int depth = value instanceof Step s ? s.depth() : ((Explanation) value).depth();
        if (depth > Explanation.MAX_DEPTH) {
            String what = value instanceof Step s ? "step '" + s.text() + "'" : "'" + ((Explanation) value).subject() + "'";
            throw new StreamWriteException(gen, "cannot write explanation " + abbreviate(what) + ": it is " + depth
                    + " levels deep, more than the " + Explanation.MAX_DEPTH
                    + " levels allowed (Explanation.MAX_DEPTH), so it could not be read back");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    private static final class Checked extends ValueSerializer<Object> {
        private final ValueSerializer<Object> delegate;

        Checked(ValueSerializer<Object> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void resolve(SerializationContext ctxt) {
            delegate.resolve(ctxt);
        }

        @Override
        @SuppressWarnings("unchecked")
        public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
            ValueSerializer<?> d = delegate.createContextual(ctxt, property);
            return d == delegate ? this : new Checked((ValueSerializer<Object>) d);
        }

        @Override
        public Class<?> handledType() {
            return delegate.handledType();
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            check(value, gen);
            delegate.serialize(value, gen, ctxt);
        }

        @Override
        public void serializeWithType(Object value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer types) {
            check(value, gen);
            delegate.serializeWithType(value, gen, ctxt, types);
        }
    }
}
