/**
 * What the two Jackson modules share that needs no Jackson type: text of the format's scalars.
 * Exported to the two Jackson modules only; not an API.
 */
package dev.partnering.jackson.common.internal;
