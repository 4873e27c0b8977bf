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
        return new Builder();
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

    /** A builder of {@link Answer}; {@code dimension} and {@code value} are required. */
    public static final class Builder extends ImmutableAnswer.Builder {
        Builder() {
        }
    }
}
