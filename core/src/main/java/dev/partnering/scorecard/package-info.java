/**
 * Scorecards: how a partnership performed in a reporting period. Each KPI's measurements are
 * aggregated, scored against the thresholds of the version in force, and weighted into one score
 * Σ wᵢ·aᵢ / Σ wᵢ; missing data, exclusions and undeterminable KPIs are handled by stated policies
 * and reported, and every figure carries its explanation.
 */
package dev.partnering.scorecard;
