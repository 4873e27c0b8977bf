package dev.partnering.evaluation;

import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static dev.partnering.Fixtures.SUPPLIER;
import static dev.partnering.MultiSupplierFixtures.NETCO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/** conservation in 0-, 2- and 3-digit currencies, with and without pass-through, uneven shares. */
class MultiSupplierRulesProperties {

    static final String[] CURRENCIES = {"JPY", "SEK", "BHD"};

    @Property(tries = 400)
    void everythingAddsUp(@ForAll @IntRange(min = 0, max = 2) int cur, @ForAll @IntRange(min = 0, max = 100) int s1,
            @ForAll @IntRange(min = 0, max = 100) int s2, @ForAll @LongRange(min = -99999, max = 99999) long savingsUnits,
            @ForAll @LongRange(min = 1, max = 99999) long bonusUnits, @ForAll boolean relay, @ForAll @IntRange(min = 0, max = 99) int ev,
            @ForAll long seed) {
        if (s1 + s2 > 100) {
            s2 = 100 - s1;
        }
        Currency c = Currency.getInstance(CURRENCIES[cur]);
        int d = c.getDefaultFractionDigits();
        BigDecimal sh1 = BigDecimal.valueOf(s1 * 100 + 1, 2).min(BigDecimal.valueOf(100));
        BigDecimal sh2 = BigDecimal.valueOf(s2);
        BigDecimal sh3 = BigDecimal.valueOf(100).subtract(sh1).subtract(sh2);
        if (sh3.signum() < 0) {
            sh2 = sh2.add(sh3);
            sh3 = BigDecimal.ZERO;
        }
        IncentiveScheme js = IncentiveScheme.builder()
                .addComponents(GainShare.builder().id("shared-gain").tier(Money.zero(c), new BigDecimal("33.3"))
                        .painSharePercent(new BigDecimal("17")).build(),
                        MultiSupplierFixtures.curve("joint-bonus", BigDecimal.valueOf(-bonusUnits, d).toPlainString(),
                                BigDecimal.valueOf(bonusUnits * 3, d).toPlainString()))
                .build();
        IncentiveScheme netco = IncentiveScheme.builder().supplier(NETCO)
                .addComponents(MultiSupplierFixtures.curve("netco-bonus", BigDecimal.valueOf(-bonusUnits * 7, d).toPlainString(),
                        BigDecimal.valueOf(bonusUnits, d).toPlainString()))
                .build();
        JointArrangement joint = JointArrangement.builder().jointScheme(js).share(LEAD_SUPPLIER, sh1).share(SUPPLIER, sh2)
                .share(NETCO, sh3).leadPassThrough(relay).build();
        Agreement a = Fixtures.agreementBuilder().addAllParties(MultiSupplierFixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(MultiSupplierFixtures.kpis()).addSupplierSchemes(netco).jointArrangement(joint).currency(c)
                .feeSchedule(FeeSchedule.monthly(Money.of(BigDecimal.valueOf(25000000, d), c), YearMonth.of(2026, 1),
                        YearMonth.of(2028, 12)))
                .build();
        ReportingPeriod mar = ReportingPeriod.parse("2026-03");
        ReportingPeriod apr = ReportingPeriod.parse("2026-04");
        String euv = new BigDecimal(ev).movePointLeft(2).add(new BigDecimal("3")).toPlainString();
        List<Measurement> m = new ArrayList<>(List.of(
                Fixtures.measurement(MultiSupplierFixtures.NETWORK, "2026-03", "99." + (ev % 10)),
                Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", euv),
                Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-04", "3.3" + (ev % 7)),
                Fixtures.measurement(MultiSupplierFixtures.NETWORK, "2026-04", "99.7")));
        Money sav = Money.of(BigDecimal.valueOf(savingsUnits, d + 1), c);
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = Map.of(mar, Map.of("shared-gain", CostOutcome.savings(sav)),
                apr, Map.of("shared-gain", CostOutcome.savings(sav.negated())));
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(a, List.of(mar, apr), m, List.of(), costs);
        Money zero = Money.zero(c);
        for (ConsolidatedPeriod p : s.periods()) {
            assertEquals(zero, p.netByParty().values().stream().reduce(zero, Money::plus), "nets add to zero " + p.netByParty());
            Money jointNet = p.joint().orElseThrow().net();
            assertEquals(jointNet, p.suppliers().values().stream().map(SupplierPeriod::jointShare).reduce(zero, Money::plus));
            for (ComponentOutcome o : p.joint().orElseThrow().outcomes()) {
                assertEquals(o.amount(), p.suppliers().values().stream().map(sp -> sp.jointParts().get(o.componentId()))
                        .reduce(zero, Money::plus), o.componentId());
                assertEquals(o.amount(), o.amount().rounded(), "rounded " + o);
            }
            for (SupplierPeriod sp : p.suppliers().values()) {
                assertEquals(sp.net(), p.netByParty().get(sp.supplierId()), "each keeps its own net " + sp.supplierId());
                assertEquals(sp.net(), sp.earned().minus(sp.bore()).plus(sp.limits()));
                assertEquals(sp.net(), sp.net().rounded());
            }
            p.payments().forEach(x -> assertEquals(x.amount(), x.amount().rounded()));
        }
        // shuffled measurements and periods: the same result
        List<Measurement> shuffled = new ArrayList<>(m);
        Collections.shuffle(shuffled, new Random(seed));
        MultiSupplierStatement t = MultiSupplierIncentiveCalculator.standard().calculate(a, List.of(apr, mar), shuffled, List.of(), costs);
        assertEquals(s, t);
    }
}
