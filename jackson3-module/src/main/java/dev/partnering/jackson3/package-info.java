/**
 * The partnering SDK on Jackson 3 ({@code tools.jackson}): {@link dev.partnering.jackson3.PartneringModule}
 * with the format's scalars (money, reporting periods, decimals). The JSON format is the one of
 * FORMAT.md in {@code partnering-jackson}; CSV reading is in {@code dev.partnering.jackson3.csv}.
 */
package dev.partnering.jackson3;
