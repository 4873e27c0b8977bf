package dev.partnering.improvement;

/**
 * Where an initiative stands, in the order it moves.
 *
 * @since 0.1.0
 */
public enum InitiativeStatus {
    /** Proposed, awaiting the deciding level. */
    PROPOSED,
    /** Approved by the deciding level, not yet started. */
    APPROVED,
    /** Being carried out. */
    IN_PROGRESS,
    /** Delivered; its benefit can be realised. */
    DELIVERED,
    /** Turned down by the deciding level. */
    REJECTED;

    /** @return true for APPROVED, IN_PROGRESS and DELIVERED: a decided and accepted initiative */
    public boolean isApproved() {
        return this == APPROVED || this == IN_PROGRESS || this == DELIVERED;
    }
}
