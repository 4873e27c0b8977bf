package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A carried credit is refused exactly when one of its rules is broken (ids present and well formed, an
 * amount present, within the decimal bounds, not negative, at most the minor unit's decimals), naming
 * each broken rule's path; a credit that breaks none is built (the constructor's quick path for valid
 * credits and its full check agree).
 */
class CarriedCreditCheckProperties {

    private static final Currency SEK = Currency.getInstance("SEK");

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.of("service-credits", "kpi-01", "a", "x.y_z-1", null, "", "bad id", "-starts-with-dash",
                "é", "k".repeat(65));
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.of("0", "0.00", "12.50", "1", "-0.01", "1.005", "100000000000000000", "1000000000000000000",
                "0.1000000000000000001").map(a -> Money.of(new BigDecimal(a), SEK)).injectNull(0.1);
    }

    @Property
    void aCarriedCreditIsRefusedExactlyForTheRulesItBreaks(@ForAll("ids") String componentId, @ForAll("ids") String kpiId,
            @ForAll("amounts") Money amount) {
        List<String> broken = new ArrayList<>();
        if (!valid(componentId)) {
            broken.add("componentId");
        }
        if (!valid(kpiId)) {
            broken.add("kpiId");
        }
        if (amount == null || !dev.partnering.internal.Limits.within(amount.amount())) {
            broken.add("amount");
        } else if (amount.isNegative() || amount.amount().stripTrailingZeros().scale() > 2) {
            broken.add("amount");
        }
        if (broken.isEmpty()) {
            CarriedCredit c = CarriedCredit.of(componentId, kpiId, amount);
            assertEquals(amount, c.amount());
            return;
        }
        ValidationException e = assertThrows(ValidationException.class, () -> CarriedCredit.of(componentId, kpiId, amount));
        List<String> paths = e.violations().stream().map(Violation::path).distinct().toList();
        // a missing attribute stops the check before the rules of the others, so only those present are judged then
        if (componentId == null || kpiId == null || amount == null
                || !dev.partnering.internal.Limits.within(amount.amount())) {
            assertEquals(true, paths.stream().allMatch(broken::contains), paths + " within " + broken);
        } else {
            assertEquals(broken, paths);
        }
    }

    /** The id rule, written here from its description: 1 to 64 letters, digits, '-', '_' or '.', first a letter or digit. */
    private static boolean valid(String id) {
        return id != null && id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }
}
