/**
 * The CSV machinery both Jackson modules share: the row rules per kind (decoders), the iteration
 * with its problem limit, and the line-length bound. Exported to the two Jackson modules only;
 * users go through {@code PartneringCsv}.
 */
package dev.partnering.jackson.common.csv.internal;
