package dev.partnering.lifecycle;

import dev.partnering.agreement.Agreement;
import dev.partnering.governance.Role;
import dev.partnering.party.Party;

/** How reports name the parties and roles of an agreement. */
final class Labels {

    private Labels() {
    }

    /** @return e.g. {@code 'nordic-it' (Nordic IT AB)}, or {@code 'x'} if no such party */
    static String party(Agreement a, String partyId) {
        return "'" + partyId + "'" + a.party(partyId).map(p -> " (" + p.name() + ")").orElse("");
    }

    /** @return the party's display name, or its id if no such party */
    /** @return e.g. {@code 'sup-ops' (Operations lead, Nordic IT AB)} */
    static String role(Agreement a, Role role) {
        return "'" + role.id() + "' (" + role.title() + ", " + a.partyName(role.party()) + ")";
    }
}
