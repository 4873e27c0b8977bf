package dev.partnering.lifecycle;

/**
 * What the parties decided about shared incentives, as declared at the handover to
 * COLLABORATION. Either a scheme is agreed, or the parties explicitly decided to have none; an
 * undecided arrangement is a gap in the handover.
 *
 * @since 0.1.0
 */
public enum IncentiveArrangement {
    /** An incentive scheme (gain share, service credits, bonus/malus, …) is agreed. */
    SCHEME_AGREED,
    /** The parties explicitly decided to run the partnership without an incentive scheme. */
    EXPLICITLY_NONE,
    /** Nobody has decided yet: the handover is not ready. */
    UNDECIDED
}
