package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.enumOf;

import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;

/**
 * The party as the module's own readers still read it inside the values they read (a trust
 * survey's parties). The agreement and its parts are read by Jackson through their builders and
 * written through their mix-ins ({@link dev.partnering.jackson.common.mixin.PartneringMixins}).
 */
final class AgreementFormats {

    private AgreementFormats() {
    }

    static final ValueReader<Party> PARTY = AgreementFormats::readParty;
    static final ValueWriter<Party> PARTY_OUT = Writing.jackson(Party.class);

    private static Party readParty(In in) {
        in.object("a party");
        Party.Builder b = Party.builder();
        in.req("id", TEXT, b::id);
        in.req("name", TEXT, b::name);
        in.req("kind", enumOf(PartyKind.class), b::kind);
        in.opt("lead", Scalars.BOOL, b::lead);
        return in.build(b::build);
    }
}
