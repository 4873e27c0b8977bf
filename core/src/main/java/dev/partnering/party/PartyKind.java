package dev.partnering.party;

/**
 * The side a party stands on in a partnership.
 *
 * @since 0.1.0
 */
public enum PartyKind {
    /** The party that buys: one organisation, or one member of a consortium of buyers. */
    CUSTOMER,
    /** The party that delivers. */
    SUPPLIER;

    /** @return the other side, never null */
    public PartyKind other() {
        return this == CUSTOMER ? SUPPLIER : CUSTOMER;
    }
}
