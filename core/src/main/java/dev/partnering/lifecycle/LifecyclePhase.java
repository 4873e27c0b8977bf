package dev.partnering.lifecycle;

/**
 * The phase an agreement is in, in the order they normally follow.
 *
 * @since 0.1.0
 */
public enum LifecyclePhase {
    /** The customer analyses its needs and the market. */
    ANALYSIS,
    /** Suppliers are invited and evaluated. */
    PROCUREMENT,
    /** The parties negotiate the contract. */
    NEGOTIATION,
    /** Signed; the delivery is being taken over and the collaboration organisation set up. */
    TRANSITION,
    /** The partnership runs under its governance. */
    COLLABORATION,
    /** The parties decide on and prepare a new term. */
    RENEWAL,
    /** The partnership is ending; delivery, data and knowledge are handed back. */
    EXIT
}
