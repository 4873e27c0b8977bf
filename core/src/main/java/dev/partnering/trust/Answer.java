package dev.partnering.trust;

import org.immutables.value.Value;
import dev.partnering.internal.Violations;

/**
 * One answer of one respondent: a whole number on the survey's {@link LikertScale} for one
 * {@link TrustDimension}, about the relationship, the own side or the partner side ({@link Focus}).
 * Whether the value is on the scale is checked by the {@link TrustSurvey}, which knows the scale.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Answer {

    Answer() {
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Answer");
        attrs.required("dimension", dimension());
        attrs.required("focus", focus());
        attrs.throwIfAny();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableAnswer.builder();
    }

    /**
     * Obtains an answer about the relationship.
     *
     * @param dimension  the dimension, not null
     * @param value  the answer on the survey's scale
     * @return the answer, never null
     */
    public static Answer of(TrustDimension dimension, int value) {
        return builder().dimension(dimension).value(value).build();
    }

    /**
     * Obtains an answer with a focus, for 360° surveys.
     *
     * @param dimension  the dimension, not null
     * @param focus  what the answer is about, not null
     * @param value  the answer on the survey's scale
     * @return the answer, never null
     */
    public static Answer of(TrustDimension dimension, Focus focus, int value) {
        return builder().dimension(dimension).focus(focus).value(value).build();
    }

    /** @return the dimension asked about, never null */
    public abstract TrustDimension dimension();

    /** @return what the answer is about; RELATIONSHIP by default */
    @Value.Default
    public Focus focus() {
        return Focus.RELATIONSHIP;
    }

    /** @return the answer on the survey's Likert scale */
    public abstract int value();

    /**
     * A builder of {@link Answer}; {@code dimension} and {@code value} are required.
     * <p>
     * Obtained from {@link Answer#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link Answer#dimension() dimension} attribute.
         * @param dimension The value for dimension (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder dimension(TrustDimension dimension);

        /**
         * Initializes the value for the {@link Answer#focus() focus} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Answer#focus() focus}.</em>
         * @param focus The value for focus 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder focus(Focus focus);

        /**
         * Initializes the value for the {@link Answer#value() value} attribute.
         * @param value The value for value 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder value(int value);


        /**
         * @return the Answer, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Answer build();
    }
}
