package dev.partnering.incentive;

import dev.partnering.ValidationException;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Limits;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;

/**
 * A credit the supplier bore for one KPI in a period before the first period the SDK computes,
 * carried in by an {@link OpeningBalance}: the at-risk pool can still earn it back (when the KPI
 * meets its target in the periods after it) and the rolling caps count it.
 * <p>
 * The amount is what the supplier bore, not negative, rounded to the currency's minor unit. This class
 * is immutable and thread-safe.
 *
 * @param componentId  the component that gave the credit, e.g. {@code pool}
 * @param kpiId  the KPI the credit was for
 * @param amount  the credit, not negative, rounded to the minor unit
 * @since 0.1.0
 */
public record CarriedCredit(String componentId, String kpiId, Money amount) {

    /**
     * @param componentId the component that gave the credit, e.g. {@code pool}
     * @param kpiId the KPI the credit was for
     * @param amount the credit, not negative, rounded to the minor unit
     * @throws ValidationException if a part is missing, an id is invalid, or the amount is
     * negative or not rounded to the minor unit
     */
    public CarriedCredit {
        // a valid credit (the closing balance makes one per credit carried) needs no collector of violations
        if (!valid(componentId, kpiId, amount)) {
            refuse(componentId, kpiId, amount);
        }
    }

    /** @return true if every rule of {@link #refuse} holds */
    private static boolean valid(String componentId, String kpiId, Money amount) {
        return componentId != null && kpiId != null && amount != null && Limits.within(amount.amount())
                && Ids.isValid(componentId) && Ids.isValid(kpiId) && !amount.isNegative() && amount.isRounded();
    }

    /** Throws the {@link ValidationException} naming every rule the parts break. */
    private static void refuse(String componentId, String kpiId, Money amount) {
        Violations v = Violations.of("CarriedCredit");
        v.required("componentId", componentId);
        v.required("kpiId", kpiId);
        if (v.required("amount", amount)) {
            Limits.check(v, "amount", amount.amount());
        }
        v.throwIfAny();
        Ids.check(v, "componentId", componentId, "component");
        Ids.check(v, "kpiId", kpiId, "kpi");
        v.require(!amount.isNegative(), "amount", amount, () -> "carried-in credit of '" + componentId + "' for '" + kpiId
                + "' is " + amount + ": a credit is not negative");
        v.require(amount.isRounded(), "amount", amount, () -> "carried-in credit of '" + componentId + "' for '" + kpiId
                + "' is " + amount + ": an amount paid has no more decimals than the currency's minor unit");
        v.throwIfAny();
    }

    /**
     * @param componentId  the component, not null
     * @param kpiId  the KPI, not null
     * @param amount  the credit the supplier bore, not negative, not null
     * @return the credit, never null
     * @throws ValidationException if a part is invalid
     */
    public static CarriedCredit of(String componentId, String kpiId, Money amount) {
        return new CarriedCredit(componentId, kpiId, amount);
    }
}
