package dev.partnering.party;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * Who answers for a KPI: {@linkplain #supplier(String) one supplier}, the
 * {@linkplain #customerSide() customer side} (the customer's own obligations, e.g. "change
 * requests decided within 5 working days"), or {@linkplain #joint() the suppliers jointly} (the
 * whole service, which no single supplier owns).
 * <p>
 * A KPI names its accountability on each version ({@code KpiDefinition.accountability()}). An
 * agreement with a single supplier need not name anyone: that supplier is implied (see
 * {@link #implied(Optional, List)}). The agreement checks the named party when it is built: a
 * {@link Supplier} names a supplier of the agreement, and {@link Joint} needs at least two
 * suppliers. Joint means every supplier of the agreement.
 * <p>
 * Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Accountability {

    /**
     * Obtains the accountability of one supplier.
     *
     * @param partyId  the id of a supplier of the agreement, not null
     * @return the accountability, never null
     * @throws dev.partnering.ValidationException if the id is null or not a valid id
     */
    static Accountability supplier(String partyId) {
        return new Supplier(partyId);
    }

    /** @return the accountability of the customer side, never null */
    static Accountability customerSide() {
        return CustomerSide.INSTANCE;
    }

    /** @return the joint accountability of every supplier of the agreement, never null */
    static Accountability joint() {
        return Joint.INSTANCE;
    }

    /**
     * Whether a party answers for a KPI with this accountability.
     *
     * @param party  the party, not null
     * @return true when this is the party's own accountability, the customer side's and it is a
     *         customer, or joint and it is a supplier
     */
    boolean includes(Party party);

    /** @return how the accountability reads in an explanation, never null */
    String describe();

    /**
     * The accountability that applies to a KPI: the named one; when none is named and the
     * agreement has exactly one supplier, that supplier (implied); when none is named and there
     * are several suppliers, the lead supplier if one is declared (the integrator answers for what
     * no other supplier was given, as a single incentive scheme always paid the lead); otherwise
     * none (the KPI is unassigned and counts only in the scorecard of the whole agreement).
     *
     * @param named  the KPI's named accountability, not null
     * @param suppliers  the suppliers of the agreement, in declaration order, not null
     * @return the accountability in force, empty when unassigned
     */
    static Optional<Accountability> implied(Optional<Accountability> named, List<Party> suppliers) {
        Objects.requireNonNull(named, "named");
        Objects.requireNonNull(suppliers, "suppliers");
        if (named.isPresent()) {
            return named;
        }
        if (suppliers.size() == 1) {
            return Optional.of(supplier(suppliers.get(0).id()));
        }
        return suppliers.stream().filter(Party::isLead).findFirst().map(p -> supplier(p.id()));
    }

    /**
     * The rules only the agreement can check: the named supplier exists and is a supplier; a
     * joint KPI has at least two suppliers to share it.
     *
     * @param parties  the parties of the agreement, not null
     * @param path  the path to report a violation at, not null
     * @param kpi  the KPI's label for messages, not null
     * @return the violations, empty when it fits, never null
     */
    default List<dev.partnering.Violation> violationsAgainst(List<Party> parties, String path, String kpi) {
        Violations v = Violations.of("Accountability");
        if (this instanceof Supplier s) {
            Optional<Party> p = parties.stream().filter(x -> x.id().equals(s.partyId())).findFirst();
            v.require(p.isPresent(), path, s.partyId(), () -> "kpi '" + kpi + "' is answered for by '" + s.partyId()
                    + "', which is not a party of the agreement");
            p.ifPresent(x -> v.require(x.kind() == PartyKind.SUPPLIER, path, s.partyId(), () -> "kpi '" + kpi
                    + "' is answered for by supplier '" + s.partyId() + "', but '" + s.partyId()
                    + "' is a customer; name the customer side instead"));
        } else if (this instanceof Joint) {
            List<String> suppliers = parties.stream().filter(x -> x.kind() == PartyKind.SUPPLIER).map(Party::id)
                    .collect(Collectors.toList());
            v.require(suppliers.size() >= 2, path, "joint", () -> "kpi '" + kpi + "' is answered for jointly, but the "
                    + "agreement has " + suppliers.size() + " supplier(s) " + suppliers + "; a joint kpi needs at least two");
        }
        return v.list();
    }

    /**
     * One supplier answers for the KPI.
     *
     * @param partyId  the supplier's id
     */
    record Supplier(String partyId) implements Accountability {

        /**
         * @param partyId  the supplier's id, not null, a valid id
         */
        public Supplier {
            Violations.requirePresent("Accountability.Supplier", "partyId", partyId);
            Violations v = Violations.of("Accountability.Supplier");
            Ids.check(v, "partyId", partyId, "supplier");
            v.throwIfAny();
        }

        @Override
        public boolean includes(Party party) {
            return party.id().equals(partyId) && party.kind() == PartyKind.SUPPLIER;
        }

        @Override
        public String describe() {
            return "supplier " + partyId;
        }
    }

    /** The customer side answers for the KPI: its own obligations. */
    record CustomerSide() implements Accountability {

        private static final CustomerSide INSTANCE = new CustomerSide();

        @Override
        public boolean includes(Party party) {
            return party.kind() == PartyKind.CUSTOMER;
        }

        @Override
        public String describe() {
            return "the customer side";
        }
    }

    /** Every supplier of the agreement answers for the KPI jointly. */
    record Joint() implements Accountability {

        private static final Joint INSTANCE = new Joint();

        @Override
        public boolean includes(Party party) {
            return party.kind() == PartyKind.SUPPLIER;
        }

        @Override
        public String describe() {
            return "the suppliers jointly";
        }
    }
}
