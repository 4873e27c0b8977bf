/**
 * The life of an agreement: its contract term with extension options, the phases it moves through
 * from analysis to collaboration and on to renewal or exit, and the amendments that change it
 * over a multi-year life. Long terms with options (3+1+1 years) are the norm because switching
 * supplier is costly; {@link dev.partnering.term.ContractTermCalculator} answers when the term
 * ends and which decision is due by when (end dates are inclusive).
 * <p>
 * {@link dev.partnering.lifecycle.Lifecycle} moves an agreement between phases, returning new
 * values; the handover to COLLABORATION and the move to RENEWAL or EXIT are guarded by
 * {@link dev.partnering.lifecycle.HandoverCheck} and {@link dev.partnering.lifecycle.ExitReadinessCheck},
 * which report every gap. {@link dev.partnering.amendment.AgreementHistory} keeps one version per
 * {@link dev.partnering.amendment.Amendment}, answers which terms were in force on a date and
 * renders readable diffs; {@link dev.partnering.lifecycle.GovernancePlaybook} renders the governance
 * as a Markdown document for the people who run it.
 */
@PartneringStyle
package dev.partnering.lifecycle;

import dev.partnering.internal.PartneringStyle;
