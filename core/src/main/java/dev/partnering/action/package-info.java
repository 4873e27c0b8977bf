/**
 * Decisions and actions: what the collaboration forums decide and who does what by when. The
 * {@link dev.partnering.action.Minutes} of a forum meeting record its decisions (text, level, date)
 * and the actions agreed (owner party and role, due date, status, and the decision, escalation,
 * remedy finding or risk each serves). The {@link dev.partnering.action.ActionRegister} gathers
 * the minutes of every forum and answers, on any day, which actions are open, overdue or were done
 * late, per party and per level.
 */
@PartneringStyle
package dev.partnering.action;

import dev.partnering.internal.PartneringStyle;
