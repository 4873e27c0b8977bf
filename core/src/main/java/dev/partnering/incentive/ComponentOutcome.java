package dev.partnering.incentive;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.explanation.Step;
import dev.partnering.internal.FrozenList;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * What one incentive component gives in one period: the adjustment to the supplier's payout
 * ({@link #amount()}: positive means the customer pays the supplier more, negative means a credit
 * or penalty to the customer), detail lines, the caps that bit as figures, and the explanation,
 * which holds the words (the caps among them, as rule steps).
 * <p>
 * The amount is rounded once to the currency's minor unit (HALF_EVEN) by the component that
 * computed it. This class is immutable and thread-safe.
 *
 * @param componentId  the component's id within the scheme
 * @param type  the component's type name, e.g. {@code gain-share}
 * @param period  the period
 * @param amount  the adjustment to the supplier's payout, rounded to the minor unit
 * @param lines  detail lines
 * @param capsApplied  the caps that bit, in the order applied, as figures; each is described by a rule
 *        step of the explanation
 * @param explanation  how the amount was computed
 * @since 0.1.0
 */
public record ComponentOutcome(String componentId, String type, ReportingPeriod period, Money amount,
        List<OutcomeLine> lines, List<AppliedCap> capsApplied, Step explanation) {

    /**
     * Copies the lists; checks that the amount, lines and caps are rounded to the minor unit and share
     * one currency.
     *
     * @param componentId  the component's id within the scheme
     * @param type  the component's type name, e.g. {@code gain-share}
     * @param period  the period
     * @param amount  the adjustment to the supplier's payout, rounded to the minor unit
     * @param lines  detail lines
     * @param capsApplied  the caps that bit, in the order applied, as figures; each is described by a rule step of the explanation
     * @param explanation  how the amount was computed
     * @throws ValidationException if an amount is not rounded or in another currency
     */
    public ComponentOutcome {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount");
        lines = FrozenList.immutable(lines); // a component's own lines, made for the outcome, are kept as made
        capsApplied = List.copyOf(capsApplied);
        Objects.requireNonNull(explanation, "explanation");
        if (!amount.isRounded()) {
            throw new ValidationException("ComponentOutcome '" + componentId + "'", List.of(Violation.of("amount", amount,
                    "component '" + componentId + "' returned " + amount + ", which is not rounded to the minor unit")));
        }
        for (int i = 0, n = lines.size(); i < n; i++) {
            OutcomeLine l = lines.get(i);
            if (!l.amount().currency().equals(amount.currency()) || !l.amount().isRounded()) {
                throw new ValidationException("ComponentOutcome '" + componentId + "'", List.of(Violation.of(
                        "lines." + l.key(), l.amount(), "component '" + componentId + "' line '" + l.key() + "' is "
                                + l.amount() + ": lines must be rounded and in " + amount.currency().getCurrencyCode())));
            }
        }
        for (int i = 0; i < capsApplied.size(); i++) {
            AppliedCap c = capsApplied.get(i);
            if (!c.limit().currency().equals(amount.currency())) {
                throw new ValidationException("ComponentOutcome '" + componentId + "'", List.of(Violation.of(
                        "capsApplied[" + i + "]", c.limit(), "component '" + componentId + "' cap " + c.kind() + " is in "
                                + c.limit().currency().getCurrencyCode() + ", not in " + amount.currency().getCurrencyCode())));
            }
        }
    }

    /**
     * @param kind  a kind of line, not null
     * @return the lines of that kind, in order, never null
     */
    public List<OutcomeLine> lines(OutcomeLine.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        OutcomeLine[] found = null;
        int n = 0;
        for (int i = 0, size = lines.size(); i < size; i++) {
            OutcomeLine l = lines.get(i);
            if (l.kind() == kind) {
                if (found == null) {
                    found = new OutcomeLine[size - i];
                }
                found[n++] = l;
            }
        }
        return n == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(n == found.length ? found : Arrays.copyOf(found, n)));
    }

    /** @return the supplier's part of the savings (a gain share), if the outcome has that line */
    public Optional<Money> supplierPart() {
        return amountOf(OutcomeLine.Kind.SUPPLIER_PART);
    }

    /** @return the customer's part of the savings (a gain share), if the outcome has that line */
    public Optional<Money> customerPart() {
        return amountOf(OutcomeLine.Kind.CUSTOMER_PART);
    }

    /**
     * @param kpiId  a KPI id, not null
     * @return the service credit for that KPI (negative), if the outcome has one
     */
    public Optional<Money> credit(String kpiId) {
        Objects.requireNonNull(kpiId, "kpiId");
        for (OutcomeLine l : lines) {
            if (l.kind() == OutcomeLine.Kind.CREDIT && l.kpiId().orElseThrow().equals(kpiId)) {
                return Optional.of(l.amount());
            }
        }
        return Optional.empty();
    }

    private Optional<Money> amountOf(OutcomeLine.Kind kind) {
        for (OutcomeLine l : lines) {
            if (l.kind() == kind) {
                return Optional.of(l.amount());
            }
        }
        return Optional.empty();
    }
}
