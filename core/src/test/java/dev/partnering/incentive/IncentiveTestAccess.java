package dev.partnering.incentive;

import java.util.ArrayList;

import dev.partnering.money.Money;

/** The exact paths of the components, for the differential properties in another package. */
public final class IncentiveTestAccess {

    private IncentiveTestAccess() {
    }

    /** @return the component's outcome by its exact path, or null where it has none to compare */
    public static ComponentOutcome exactly(IncentiveComponent c, IncentiveContext context) {
        if (c instanceof AtRiskPool p) {
            return p.evaluateExactly(context);
        }
        if (c instanceof GainShare g) {
            return g.evaluateExactly(context);
        }
        return null;
    }

    /** @return the tiers' rolling cap by the exact path, and by the default one, as text */
    public static String rolling(ServiceCreditTiers t, IncentiveContext context, Money credit) {
        if (t.rollingCapPercent().isEmpty()) {
            return "";
        }
        Money exact = t.rollingCap(context, credit, new ArrayList<>(), new ArrayList<>(), true);
        Money fast = t.rollingCap(context, credit, new ArrayList<>(), new ArrayList<>(), false);
        return exact + " / " + fast;
    }
}
