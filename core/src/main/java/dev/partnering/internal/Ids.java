package dev.partnering.internal;

import java.util.regex.Pattern;

/**
 * The rule for ids of parties, roles, KPIs and other named things: 1 to 64 characters, letters,
 * digits, '-', '_' and '.', starting with a letter or digit.
 */
public final class Ids {

    /** The rule as a pattern: the specification {@link #isValid} is tested against. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {
    }

    /** @return true if the text is a valid id */
    public static boolean isValid(String id) {
        // the pattern ID, checked by hand: every value built checks its ids
        if (id == null || id.isEmpty() || id.length() > 64 || !letterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Records a violation if the id is not valid. */
    public static void check(Violations v, String path, String id, String what) {
        v.require(isValid(id), path, id, () -> what + " id '" + (id == null ? null : Limits.abbreviate(id))
                + "' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
    }
}
