package dev.partnering.governance;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * How an escalation was resolved: by a decision of a forum, by an action agreed, or by a change
 * of the contract, with the id of that decision, action or amendment.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what resolved it, not null
 * @param reference  the id of the decision, action or amendment, a valid id, not null
 * @since 0.1.0
 */
public record EscalationOutcome(Kind kind, String reference) {

    /**
     * What resolved an escalation.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** A decision of a forum (an id of a {@code dev.partnering.action.Decision}). */
        DECISION,
        /** An action agreed (an id of a {@code dev.partnering.action.Action}). */
        ACTION,
        /** A change of the contract (the id of an amendment). */
        CONTRACT_CHANGE
    }

    /**
     * Creates the value, checking it.
     *
     * @param kind  what resolved it, not null
     * @param reference  the id of the decision, action or amendment, not null
     * @throws dev.partnering.ValidationException naming every problem
     */
    public EscalationOutcome {
        Violations.requirePresent("EscalationOutcome", "kind", kind, "reference", reference);
        Violations v = Violations.of("EscalationOutcome");
        Ids.check(v, "reference", reference, kind.name().toLowerCase().replace('_', ' '));
        v.throwIfAny();
    }

    /**
     * @param decisionId  the id of the decision, not null
     * @return the outcome, never null
     */
    public static EscalationOutcome decision(String decisionId) {
        return new EscalationOutcome(Kind.DECISION, decisionId);
    }

    /**
     * @param actionId  the id of the action, not null
     * @return the outcome, never null
     */
    public static EscalationOutcome action(String actionId) {
        return new EscalationOutcome(Kind.ACTION, actionId);
    }

    /**
     * @param amendmentId  the id of the amendment, not null
     * @return the outcome, never null
     */
    public static EscalationOutcome contractChange(String amendmentId) {
        return new EscalationOutcome(Kind.CONTRACT_CHANGE, amendmentId);
    }

    /** @return e.g. {@code DECISION d-triage} */
    @Override
    public String toString() {
        return kind + " " + reference;
    }
}
