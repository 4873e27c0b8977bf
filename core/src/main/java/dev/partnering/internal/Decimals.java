package dev.partnering.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Display helpers for decimals; never used to compute. */
public final class Decimals {

    private Decimals() {
    }

    /** @return the value without trailing zeros in plain notation, e.g. 1.150 → "1.15", 100 → "100" */
    public static String plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** @return the value rounded HALF_EVEN to the given decimals for display, trailing zeros dropped */
    public static String display(BigDecimal value, int decimals) {
        return plain(value.setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
