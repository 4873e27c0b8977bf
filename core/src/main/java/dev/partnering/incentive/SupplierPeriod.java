package dev.partnering.incentive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * What one supplier earned and bore in one period of a multi-supplier agreement: its own scheme's
 * statement, its part of each joint component and of the joint floor or cap, and what the lead
 * relayed for it.
 * <p>
 * Invariant: {@code net = earned − bore + limits = own net + joint share}, where {@code earned} is
 * the sum of the positive component amounts (own and joint parts), {@code bore} the sum of the
 * negative ones as a positive amount, and {@code limits} the effect of the own and joint floor and
 * cap. All amounts in minor units.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param period  the period, not null
 * @param supplierId  the supplier, not null
 * @param own  the period of the supplier's own scheme, empty when it has none, not null
 * @param jointParts  its part of each joint component's amount, by component id, not null
 * @param jointShare  its part of the joint net (after the joint floor and cap), not null
 * @param earned  the positive amounts, own and joint, not null
 * @param bore  the negative amounts, own and joint, as a positive amount, not null
 * @param limits  net − (earned − bore): the effect of floors and caps, not null
 * @param net  own net + joint share, not null
 * @param passedThrough  what the lead relayed for it (positive: passed on to it; negative: it bore
 *                       through the lead); zero for the lead and without pass-through, not null
 * @param explanation  the arithmetic, not null
 * @since 0.1.0
 */
public record SupplierPeriod(ReportingPeriod period, String supplierId, Optional<PeriodStatement> own,
        Map<String, Money> jointParts, Money jointShare, Money earned, Money bore, Money limits, Money net,
        Money passedThrough, Explanation explanation) {

    /**
     * @param period the period, not null
     * @param supplierId the supplier, not null
     * @param own the period of the supplier's own scheme, empty when it has none, not null
     * @param jointParts its part of each joint component's amount, by component id, not null
     * @param jointShare its part of the joint net (after the joint floor and cap), not null
     * @param earned the positive amounts, own and joint, not null
     * @param bore the negative amounts, own and joint, as a positive amount, not null
     * @param limits net − (earned − bore): the effect of floors and caps, not null
     * @param net own net + joint share, not null
     * @param passedThrough what the lead relayed for it (positive: passed on to it; negative: it bore through the lead); zero for the lead and without pass-through, not null
     * @param explanation the arithmetic, not null
     * @throws NullPointerException if an argument is null
     */
    public SupplierPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(own, "own");
        jointParts = Collections.unmodifiableMap(new LinkedHashMap<>(jointParts));
        Objects.requireNonNull(jointShare, "jointShare");
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(bore, "bore");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(passedThrough, "passedThrough");
        Objects.requireNonNull(explanation, "explanation");
    }
}
