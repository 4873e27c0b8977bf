package dev.partnering.lifecycle;

import org.immutables.value.Value;
import dev.partnering.internal.Violations;

/**
 * What the negotiating team declares when it hands an agreement over to the people who will run
 * the collaboration, beyond what the agreement itself records.
 * <p>
 * The agreement does not carry its incentive scheme yet, so the handover declares the
 * {@link #incentiveArrangement() incentive arrangement}: a scheme agreed, or explicitly none.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HandoverDeclaration {

    HandoverDeclaration() {
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("HandoverDeclaration");
        attrs.required("incentiveArrangement", incentiveArrangement());
        attrs.throwIfAny();
    }

    /**
     * @param incentiveArrangement  what was decided about incentives, not null
     * @return the declaration, never null
     */
    public static HandoverDeclaration of(IncentiveArrangement incentiveArrangement) {
        return ImmutableHandoverDeclaration.builder().incentiveArrangement(incentiveArrangement).build();
    }

    /** @return what the parties decided about shared incentives, never null */
    public abstract IncentiveArrangement incentiveArrangement();
}
