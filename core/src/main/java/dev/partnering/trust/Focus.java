package dev.partnering.trust;

/**
 * What an answer is about. A plain survey asks every respondent about the relationship; a 360°
 * survey also asks each side about itself ("how transparent are we?") and about its partner
 * ("how transparent are they?").
 * <p>
 * Every answer a side gives on a dimension, whatever its focus, is part of that side's view of
 * the relationship on that dimension. The answers about the own side and about the partner side
 * also make up the self-image comparison of {@link SelfImage}.
 *
 * @since 0.1.0
 */
public enum Focus {
    /** The relationship as a whole: "how is transparency between us?". */
    RELATIONSHIP,
    /** The respondent's own side: "how transparent are we?". */
    OWN_SIDE,
    /** The other side: "how transparent are they?". */
    PARTNER_SIDE
}
