package dev.partnering.internal;

import java.util.regex.Pattern;

/**
 * The rule for ids of parties, roles, KPIs and other named things: 1 to 64 characters, letters,
 * digits, '-', '_' and '.', starting with a letter or digit.
 */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {
    }

    /** @return true if the text is a valid id */
    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Records a violation if the id is not valid. */
    public static void check(Violations v, String path, String id, String what) {
        v.require(isValid(id), path, id, what + " id '" + id
                + "' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
    }
}
