/**
 * Reports of an agreement: a compact console summary and a self-contained HTML page whose charts
 * (attainment trends, the incentive waterfall, trust radars) are inline SVG drawn by this package,
 * with no external assets and no JavaScript.
 */
package dev.partnering.examples.report;
