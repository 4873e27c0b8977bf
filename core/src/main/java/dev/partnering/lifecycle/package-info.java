/**
 * The life of an agreement: its contract term with extension options, and the phases it moves
 * through from analysis to collaboration and on to renewal or exit. Long terms with options
 * (3+1+1 years) are the norm because switching supplier is costly.
 */
@PartneringStyle
package dev.partnering.lifecycle;

import dev.partnering.internal.PartneringStyle;
