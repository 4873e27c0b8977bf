package dev.partnering.jackson3;

import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

import dev.partnering.ValidationException;
import dev.partnering.trust.Answer;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustSurvey;

/**
 * Trust surveys with Jackson 3, as the Jackson 2 module reads and writes them: an answer names its
 * dimension by id. Reading, the answer's builder is given a placeholder dimension of that id
 * ({@link DimensionById}, for the setter its mix-in marks {@code @JsonIdentityReference}), and the
 * survey's builder ({@code RelationshipBuilders.SurveyReading} in jackson-common) puts its own
 * dimension of that id in its place before the survey is built, so the survey's own rules refuse an
 * id that is none of its dimensions. Answers and responses are therefore read only inside the
 * survey that holds them ({@link #insideOnly()}); on their own they are refused saying why.
 * Writing, an answer is an object with its dimension's id ({@link AnswerSerializer}).
 */
final class Surveys {

    private Surveys() {
    }

    /** The values read only inside another, by the holder they must be read in. */
    private static final Map<Class<?>, Class<?>> WITHIN = Map.of(Answer.class, SurveyResponse.class,
            SurveyResponse.class, TrustSurvey.class);

    /** Why a value of {@link #WITHIN} is not read on its own (the Jackson 2 module's words). */
    private static final Map<Class<?>, String> WHY = Map.of(
            Answer.class, "an answer names its dimension by id; read the TrustSurvey that holds it, which defines its"
                    + " dimensions",
            SurveyResponse.class, "its answers name their dimensions by id; read the TrustSurvey that holds it, which"
                    + " defines its dimensions");

    /** The context attribute naming the survey value being read, innermost. */
    private static final Object KEY = Surveys.class;

    /**
     * Added after {@link Guard#modifier}, so that it wraps the bean deserializer inside the guard: a
     * refusal is one problem of the read, at the value, and the parser is brought to the value's end.
     *
     * @return the modifier that reads answers and responses only within their survey
     */
    static ValueDeserializerModifier insideOnly() {
        return new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier desc,
                    ValueDeserializer<?> deserializer) {
                // a value read through its builder is modified as its builder (Answer.Builder for Answer)
                dev.partnering.jackson.common.mixin.BuilderMixins.Binding b =
                        dev.partnering.jackson.common.mixin.BuilderMixins.ofBuilder(desc.getBeanClass());
                Class<?> c = b == null ? desc.getBeanClass() : b.type();
                return c == TrustSurvey.class || WITHIN.containsKey(c) ? new Within(deserializer, c) : deserializer;
            }
        };
    }

    /** Reads a survey, a response or an answer, naming it as the innermost survey value; refuses one out of place. */
    private static final class Within extends DelegatingDeserializer {
        private final Class<?> type;

        Within(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Within(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object holder = ctxt.getAttribute(KEY);
            Class<?> within = WITHIN.get(type);
            if (within != null && holder != within) {
                throw DatabindException.from(p, type.getSimpleName() + " cannot be read on its own: " + WHY.get(type));
            }
            ctxt.setAttribute(KEY, type);
            try {
                return super.deserialize(p, ctxt);
            } finally {
                ctxt.setAttribute(KEY, holder);
            }
        }
    }

    /**
     * An answer's dimension, by its id: a placeholder dimension of that id (named by it), which the
     * survey holding the answer replaces with its own. An id the domain refuses is reported with its rule.
     */
    static final class DimensionById extends StdScalarDeserializer<TrustDimension> {
        static final DimensionById INSTANCE = new DimensionById();

        private DimensionById() {
            super(TrustDimension.class);
        }

        @Override
        public TrustDimension deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new Strict.Failed(p, "expected the id of one of the survey's dimensions, found " + Strict.found(p),
                        null);
            }
            String id = p.getString();
            try {
                return TrustDimension.of(id, id);
            } catch (ValidationException e) {
                throw new Strict.Failed(p, e.getMessage(), e);
            }
        }
    }

    /** Writes an answer: its dimension's id, its focus, the party it is about if any, its value. */
    static final class AnswerSerializer extends StdSerializer<Answer> {
        static final AnswerSerializer INSTANCE = new AnswerSerializer();

        private AnswerSerializer() {
            super(Answer.class);
        }

        @Override
        public void serialize(Answer a, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject(a);
            gen.writeStringProperty("dimension", a.dimension().id());
            gen.writeStringProperty("focus", a.focus().name());
            if (a.about().isPresent()) {
                gen.writeStringProperty("about", a.about().get());
            }
            gen.writeNumberProperty("value", a.value());
            gen.writeEndObject();
        }
    }
}
