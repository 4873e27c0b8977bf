package dev.partnering.incentive;

import java.util.Objects;
import java.util.Optional;

import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * A detail line of a component's outcome, e.g. the credit for one KPI or the supplier's part of
 * the savings. Read it by its {@link #kind()} and, for a credit or an earn-back, its
 * {@link #kpiId()} (and {@link #creditPeriod()}); the label is for people.
 * <p>
 * The {@code key} is the line's stable name in stored statements and JSON ({@code credit:availability},
 * {@code earn-back:availability:2026-01}, {@code supplier-part}, {@code customer-part}); the SDK's
 * components make their lines with the factories ({@link #credit}, {@link #earnBack},
 * {@link #supplierPart}, {@link #customerPart}), and the kind and KPI are read from the key. A
 * user's own component may use any other key: its lines are of kind {@link Kind#OTHER}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param key  the stable key, e.g. {@code credit:availability}
 * @param label  the line in words
 * @param amount  the amount, rounded to the minor unit
 * @since 0.1.0
 */
public record OutcomeLine(String key, String label, Money amount) {

    private static final String CREDIT = "credit:";
    private static final String EARN_BACK = "earn-back:";
    private static final String SUPPLIER_PART = "supplier-part";
    private static final String CUSTOMER_PART = "customer-part";

    /**
     * What a line stands for.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** A service credit for one KPI (negative: the supplier gives it). */
        CREDIT,
        /** A credit of an earlier period for one KPI, earned back (positive). */
        EARN_BACK,
        /** The supplier's part of shared savings or overrun. */
        SUPPLIER_PART,
        /** The customer's part of shared savings or overrun. */
        CUSTOMER_PART,
        /** A line of a user's own component. */
        OTHER
    }

    /**
     * Checks for nulls.
     *
     * @param key  the stable key, e.g. {@code credit:availability}
     * @param label  the line in words
     * @param amount  the amount, rounded to the minor unit
     */
    public OutcomeLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * @param kpiId  the KPI the credit is for, not null
     * @param amount  the credit, negative (the supplier gives it), rounded to the minor unit, not null
     * @return the line, key {@code credit:<kpiId>}, never null
     */
    public static OutcomeLine credit(String kpiId, Money amount) {
        Objects.requireNonNull(kpiId, "kpiId");
        return new OutcomeLine(CREDIT + kpiId, "service credit for " + kpiId, amount);
    }

    /**
     * @param kpiId  the KPI whose credit is earned back, not null
     * @param creditPeriod  the period of the credit, not null
     * @param amount  what is earned back, positive, rounded to the minor unit, not null
     * @return the line, key {@code earn-back:<kpiId>:<creditPeriod>}, never null
     */
    public static OutcomeLine earnBack(String kpiId, ReportingPeriod creditPeriod, Money amount) {
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(creditPeriod, "creditPeriod");
        return new OutcomeLine(EARN_BACK + kpiId + ":" + creditPeriod, "earn-back of the " + creditPeriod
                + " credit for " + kpiId, amount);
    }

    /**
     * @param amount  the supplier's part of the savings, rounded to the minor unit, not null
     * @return the line, key {@code supplier-part}, never null
     */
    public static OutcomeLine supplierPart(Money amount) {
        return new OutcomeLine(SUPPLIER_PART, "supplier's part of the savings", amount);
    }

    /**
     * @param amount  the customer's part of the savings, rounded to the minor unit, not null
     * @return the line, key {@code customer-part}, never null
     */
    public static OutcomeLine customerPart(Money amount) {
        return new OutcomeLine(CUSTOMER_PART, "customer's part of the savings", amount);
    }

    /** @return what the line stands for, read from its key, never null */
    public Kind kind() {
        if (key.equals(SUPPLIER_PART)) {
            return Kind.SUPPLIER_PART;
        }
        if (key.equals(CUSTOMER_PART)) {
            return Kind.CUSTOMER_PART;
        }
        if (key.startsWith(CREDIT) && key.length() > CREDIT.length()) {
            return Kind.CREDIT;
        }
        if (key.startsWith(EARN_BACK) && key.indexOf(':', EARN_BACK.length()) > EARN_BACK.length()
                && key.lastIndexOf(':') < key.length() - 1) {
            return Kind.EARN_BACK;
        }
        return Kind.OTHER;
    }

    /** @return the KPI of a credit or earn-back line; empty for any other kind */
    public Optional<String> kpiId() {
        return switch (kind()) {
            case CREDIT -> Optional.of(key.substring(CREDIT.length()));
            case EARN_BACK -> Optional.of(key.substring(EARN_BACK.length(), key.lastIndexOf(':')));
            default -> Optional.empty();
        };
    }

    /**
     * @return the period of the credit an earn-back line returns; empty for any other kind (and
     *         for an earn-back key whose period does not parse)
     */
    public Optional<ReportingPeriod> creditPeriod() {
        if (kind() != Kind.EARN_BACK) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReportingPeriod.parse(key.substring(key.lastIndexOf(':') + 1)));
        } catch (dev.partnering.ValidationException e) {
            return Optional.empty();
        }
    }
}
