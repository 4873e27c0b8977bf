package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;

/**
 * Splits an amount (a shared supplier invoice) among the customers of a consortium, by equal
 * shares or by weights (e.g. population), exactly: the parts are in minor units and add up to the
 * rounded whole (largest remainder, ties to the earlier-listed party).
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsortiumSplit {

    private ConsortiumSplit() {
    }

    /**
     * @param amount  the amount to split, not null
     * @param partyIds  the parties, in order, not empty, no duplicates
     * @return each party's part, in the parties' order, never null
     */
    public static Map<String, Money> equally(Money amount, List<String> partyIds) {
        int n = partyIds.size();
        if (n == 1) {
            // one party: no duplicate to look for, no map of weights to build
            return parts(List.of(Objects.requireNonNull(partyIds.get(0), "partyId")), Objects.requireNonNull(amount, "amount")
                    .allocate(ONE));
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String p : partyIds) {
            if (weights.put(Objects.requireNonNull(p, "partyId"), BigDecimal.ONE) != null) {
                throw duplicate(p);
            }
        }
        return byWeights(amount, weights);
    }

    private static final List<BigDecimal> ONE = List.of(BigDecimal.ONE);

    /**
     * @param amount  the amount to split, not null
     * @param weights  the weight per party, in order (e.g. a {@link LinkedHashMap}), none negative, some positive
     * @return each party's part, in the weights' order, never null
     * @throws ValidationException if the weights are empty, negative or all zero
     */
    public static Map<String, Money> byWeights(Money amount, Map<String, BigDecimal> weights) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(weights, "weights");
        List<String> parties = new ArrayList<>(weights.keySet());
        return parts(parties, amount.allocate(new ArrayList<>(weights.values())));
    }

    private static Map<String, Money> parts(List<String> parties, List<Money> parts) {
        if (parties.size() == 1) {
            return Collections.singletonMap(parties.get(0), parts.get(0));
        }
        Map<String, Money> result = new LinkedHashMap<>(parties.size() * 2);
        for (int i = 0; i < parties.size(); i++) {
            result.put(parties.get(i), parts.get(i));
        }
        return Collections.unmodifiableMap(result);
    }

    private static ValidationException duplicate(String party) {
        return new ValidationException("ConsortiumSplit", List.of(Violation.of("partyIds", party,
                "party '" + party + "' is listed twice")));
    }
}
