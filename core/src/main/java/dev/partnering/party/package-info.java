/**
 * The parties of a partnership: customers and suppliers. A partnership has at least one of each;
 * several customers may pool a need as a consortium, and one of several suppliers may lead and
 * integrate the others.
 */
@PartneringStyle
package dev.partnering.party;

import dev.partnering.internal.PartneringStyle;
