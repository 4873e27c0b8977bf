package dev.partnering.lifecycle;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;

/**
 * Part of an {@link ExitPlan}: which data or documentation is returned at exit, and which party is
 * responsible for returning it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReturnObligation {

    ReturnObligation() {
    }

    /**
     * @param kind  data or documentation, not null
     * @param what  what is returned, e.g. "Incident history as CSV", not blank
     * @param responsibleParty  the id of the party that returns it, not null
     * @return the obligation, never null
     */
    public static ReturnObligation of(ReturnKind kind, String what, String responsibleParty) {
        return ImmutableReturnObligation.builder().kind(kind).what(what).responsibleParty(responsibleParty).build();
    }

    /** @return whether data or documentation is returned, never null */
    public abstract ReturnKind kind();

    /** @return what is returned, never blank */
    public abstract String what();

    /** @return the id of the party responsible for returning it, never null */
    public abstract String responsibleParty();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("ReturnObligation");
        attrs.required("kind", kind());
        attrs.required("what", what());
        attrs.required("responsibleParty", responsibleParty());
        attrs.throwIfAny();
        Violations v = Violations.of("ReturnObligation");
        dev.partnering.internal.Ids.check(v, "responsibleParty", responsibleParty(), "responsible party");
        v.require(!what().isBlank(), "what", what(), kind().name().toLowerCase() + " to return must be described, not blank")
                .throwIfAny();
    }
}
