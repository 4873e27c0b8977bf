package dev.partnering.benchmarks;

import java.util.Arrays;

/**
 * The practical limit for the scorecard arithmetic: aggregation, piecewise-linear attainment and
 * the weighted score over primitive arrays, no objects, in {@code double}. Not exact and not
 * explained; it only shows how fast the arithmetic itself can go.
 */
public final class PrimitiveBaseline {

    private PrimitiveBaseline() {
    }

    /**
     * @param pf  the portfolio
     * @param a  the agreement index
     * @param p  the period index
     * @return Σ w·a / Σ w over the agreement's KPIs in the period
     */
    public static double score(PrimitivePortfolio pf, int a, int p) {
        int kpis = pf.kpis();
        int perKpi = pf.perKpi();
        double weights = 0;
        double weighted = 0;
        for (int k = 0; k < kpis; k++) {
            int slot = a * kpis + k;
            int base = ((a * pf.periods() + p) * kpis + k) * perKpi;
            double value = aggregate(pf.rule()[slot], pf.values(), pf.denominators(), base, perKpi);
            double attainment = attainment(pf.sign()[slot], pf.minimum()[slot], pf.target()[slot], pf.stretch()[slot],
                    pf.maxAttainment()[slot], value);
            weights += pf.weight()[slot];
            weighted += pf.weight()[slot] * attainment;
        }
        return weighted / weights;
    }

    static double aggregate(byte rule, double[] values, double[] denominators, int base, int n) {
        switch (rule) {
            case PrimitivePortfolio.RULE_MEAN: {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += values[base + i];
                }
                return s / n;
            }
            case PrimitivePortfolio.RULE_SUM: {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += values[base + i];
                }
                return s;
            }
            case PrimitivePortfolio.RULE_MIN: {
                double m = values[base];
                for (int i = 1; i < n; i++) {
                    m = Math.min(m, values[base + i]);
                }
                return m;
            }
            case PrimitivePortfolio.RULE_MAX: {
                double m = values[base];
                for (int i = 1; i < n; i++) {
                    m = Math.max(m, values[base + i]);
                }
                return m;
            }
            case PrimitivePortfolio.RULE_LAST:
                return values[base + n - 1];
            case PrimitivePortfolio.RULE_P95: {
                if (n == 1) {
                    return values[base];
                }
                double[] sorted = Arrays.copyOfRange(values, base, base + n);
                Arrays.sort(sorted);
                int rank = (int) Math.ceil(0.95 * n);
                return sorted[rank - 1];
            }
            case PrimitivePortfolio.RULE_RATIO: {
                double num = 0;
                double den = 0;
                for (int i = 0; i < n; i++) {
                    num += values[base + i];
                    den += denominators[base + i];
                }
                return num / den;
            }
            default:
                throw new IllegalArgumentException("rule " + rule);
        }
    }

    static double attainment(byte sign, double min, double target, double stretch, double max, double v) {
        if ((v - min) * sign <= 0) {
            return 0;
        }
        if ((v - stretch) * sign >= 0) {
            return max;
        }
        if ((v - target) * sign < 0) {
            return (v - min) / (target - min);
        }
        return 1 + (v - target) / (stretch - target) * (max - 1);
    }
}
