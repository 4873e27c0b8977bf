package dev.partnering.lifecycle;

/**
 * The kind of an amount still open between the parties when a partnership ends or is renewed.
 *
 * @since 0.1.0
 */
public enum FinancialItemKind {
    /** A service credit the supplier owes and has not yet settled (or may still earn back). */
    UNSETTLED_CREDIT,
    /** A share of savings the customer owes the supplier and has not yet paid. */
    PENDING_GAIN_SHARE,
    /** A penalty (liquidated damages) claimed and not yet settled. */
    PENDING_PENALTY,
    /** Anything else still to settle, e.g. an invoiced fee not yet paid. */
    OTHER
}
