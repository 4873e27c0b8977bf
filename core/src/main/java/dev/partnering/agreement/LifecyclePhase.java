package dev.partnering.agreement;

import dev.partnering.lifecycle.Lifecycle;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The phase an agreement is in, in the order they normally follow, and the transitions allowed
 * between them:
 * <pre>
 * ANALYSIS → PROCUREMENT → NEGOTIATION → TRANSITION → COLLABORATION → RENEWAL → COLLABORATION
 *                                                                   ↘ EXIT    ↘ EXIT
 * </pre>
 * COLLABORATION is entered after a handover check, RENEWAL and EXIT after an exit readiness check
 * (see {@link Lifecycle}); EXIT is final. No phase moves to itself.
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
    /** The parties decide on and prepare a new term; it continues in COLLABORATION or ends in EXIT. */
    RENEWAL,
    /** The partnership is ending; delivery, data and knowledge are handed back. Final. */
    EXIT;

    /** @return the phases this phase may move to, in phase order, never null; empty for EXIT */
    public Set<LifecyclePhase> successors() {
        switch (this) {
            case ANALYSIS:
                return Set.of(PROCUREMENT);
            case PROCUREMENT:
                return Set.of(NEGOTIATION);
            case NEGOTIATION:
                return Set.of(TRANSITION);
            case TRANSITION:
                return Set.of(COLLABORATION);
            case COLLABORATION:
                return EnumSet.of(RENEWAL, EXIT);
            case RENEWAL:
                return EnumSet.of(COLLABORATION, EXIT);
            default:
                return Set.of();
        }
    }

    /**
     * @param next  the phase to move to, not null
     * @return true if the transition from this phase to {@code next} is allowed
     */
    public boolean canMoveTo(LifecyclePhase next) {
        Objects.requireNonNull(next, "next");
        return successors().contains(next);
    }

    /** @return true if no phase follows this one (EXIT) */
    public boolean isFinal() {
        return successors().isEmpty();
    }
}
