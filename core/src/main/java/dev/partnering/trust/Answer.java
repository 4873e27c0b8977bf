package dev.partnering.trust;

import java.util.Optional;

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
        Violations v = Violations.of("Answer on '" + dimension().id() + "'");
        about().ifPresent(p -> v.require(focus() != Focus.RELATIONSHIP, "focus", focus(), "an answer about party '" + p
                + "' has the focus OWN_SIDE (a party of the respondent's side) or PARTNER_SIDE, not RELATIONSHIP"));
        v.throwIfAny();
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

    /**
     * Obtains an answer about one party, for 360° surveys with several suppliers: the focus is
     * {@link Focus#OWN_SIDE} when the party is on the respondent's side (a supplier about another
     * supplier, or about its own company), {@link Focus#PARTNER_SIDE} otherwise; the survey checks
     * that the focus matches the party's kind.
     *
     * @param dimension  the dimension, not null
     * @param focus  OWN_SIDE or PARTNER_SIDE, not null
     * @param party  the id of the party the answer is about, not null
     * @param value  the answer on the survey's scale
     * @return the answer, never null
     * @since 0.1.0
     */
    public static Answer about(TrustDimension dimension, Focus focus, String party, int value) {
        return builder().dimension(dimension).focus(focus).about(party).value(value).build();
    }

    /** @return the dimension asked about, never null */
    public abstract TrustDimension dimension();

    /** @return what the answer is about; RELATIONSHIP by default */
    @Value.Default
    public Focus focus() {
        return Focus.RELATIONSHIP;
    }

    /**
     * The party the answer is about, by its id, in a 360° survey with several parties on a side.
     * Empty when the answer is about a whole side or the relationship (every answer written before 0.3.0).
     *
     * @return the id of the party the answer is about, if any
     * @since 0.1.0
     */
    public abstract Optional<String> about();

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
         * Initializes the optional value for the {@link Answer#about() about} attribute.
         * @param about The value for about
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder about(String about);

        /**
         * Initializes the optional value for the {@link Answer#about() about} attribute.
         * @param about The value for about, empty for none
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder about(Optional<String> about);


        /**
         * @return the Answer, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Answer build();
    }
}
