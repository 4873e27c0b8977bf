package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.partnering.Fixtures;
import dev.partnering.ThoroughTries;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveFixtures;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Movement;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The period statements the calculator makes keep its lists and map as made (no copies), and are what the general
 * path gives: equal, with the same hash code and text, to the statement the public constructor makes of plain
 * copies of their parts (and each outcome to the one made of copies of its lines and caps); with the movements and the net per party the scheme's split gives (each non-zero outcome's
 * absolute amount split among the customers, the net's negation likewise, in the customers' order); their lists and
 * map refusing every change as the copies do. The agreements have one customer or a consortium of three, with and
 * without customer weights; the months mix KPIs at target and below their minimum.
 */
@AddLifecycleHook(ThoroughTries.class)
class StatementAsMadeProperties {

    private static final List<ReportingPeriod> MONTHS = IncentiveFixtures.months("2026-01", "2026-02", "2026-03", "2026-04",
            "2026-05", "2026-06", "2026-07", "2026-08");

    @Provide
    Arbitrary<Boolean> belowMinimum() {
        return Arbitraries.of(true, false);
    }

    @Property
    void theStatementIsTheOneOfItsCopiedParts(@ForAll @Size(min = 1, max = 8) List<@From("belowMinimum") Boolean> below,
            @ForAll boolean consortium, @ForAll boolean weighted, @ForAll boolean limits) {
        IncentiveScheme.Builder b = IncentiveScheme.builder().addComponents(
                AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("12")).allocate(Fixtures.AVAILABILITY, new BigDecimal("60"))
                        .allocate(Fixtures.INCIDENT_RESPONSE, new BigDecimal("50")).earnBackPeriods(2).build(),
                BonusMalusCurve.builder().id("bonus").point(new BigDecimal("0.8"), new BigDecimal("-5"))
                        .point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("5")).build(),
                ServiceCreditTiers.builder().id("tiers").kpiId(Fixtures.AVAILABILITY).band(new BigDecimal("99.8"), new BigDecimal("2"))
                        .band(new BigDecimal("98.0"), new BigDecimal("3")).rollingCapPercent(new BigDecimal("4")).build());
        if (limits) {
            b.floor(Bound.percentOfFee(new BigDecimal("3"))).cap(Bound.percentOfFee(new BigDecimal("2")));
        }
        if (consortium && weighted) {
            b.putCustomerWeights(Fixtures.CUSTOMER, new BigDecimal("3")).putCustomerWeights("eastbrook", new BigDecimal("1"))
                    .putCustomerWeights("westmere", new BigDecimal("2.5"));
        }
        IncentiveScheme scheme = b.build();
        Agreement agreement = consortium ? consortium(scheme) : IncentiveFixtures.agreement(scheme);
        List<ReportingPeriod> periods = MONTHS.subList(0, below.size());
        List<Measurement> ms = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            String month = periods.get(i).toString();
            ms.addAll(below.get(i) ? IncentiveFixtures.belowMinimum(month) : IncentiveFixtures.atTarget(month));
        }
        IncentiveStatement statement = IncentiveFixtures.run(agreement, periods, ms);
        String supplier = statement.supplierId();
        List<String> customers = agreement.customers().stream().map(Party::id).toList();
        for (PeriodStatement s : statement.periods()) {
            PeriodStatement copied = new PeriodStatement(s.period(), s.fee(), new ArrayList<>(s.outcomes()), s.gross(),
                    s.limitApplied(), s.net(), new LinkedHashMap<>(s.netByParty()), new ArrayList<>(s.movements()),
                    new ArrayList<>(s.remedies()), s.explanation());
            assertEquals(copied, s);
            assertEquals(s, copied);
            assertEquals(copied.hashCode(), s.hashCode());
            assertEquals(copied.toString(), s.toString());
            assertEquals(copied.netByParty().getClass(), s.netByParty().getClass());
            assertEquals(List.copyOf(copied.outcomes()), s.outcomes());
            for (ComponentOutcome o : s.outcomes()) {
                ComponentOutcome copiedOutcome = new ComponentOutcome(o.componentId(), o.type(), o.period(), o.amount(),
                        new ArrayList<>(o.lines()), new ArrayList<>(o.capsApplied()), o.explanation());
                assertEquals(copiedOutcome, o);
                assertEquals(o, copiedOutcome);
                assertEquals(copiedOutcome.hashCode(), o.hashCode());
                assertEquals(copiedOutcome.toString(), o.toString());
                assertThrows(UnsupportedOperationException.class, () -> o.lines().add(null));
                assertThrows(UnsupportedOperationException.class, () -> o.lines().clear());
                if (!o.lines().isEmpty()) {
                    assertThrows(NullPointerException.class, () -> o.lines().contains(null));
                }
            }
            // the general path: the scheme's split of the net and of each outcome, in order
            Map<String, Money> byParty = new LinkedHashMap<>();
            byParty.put(supplier, s.net());
            byParty.putAll(scheme.splitAmongCustomers(s.net().negated(), customers));
            assertEquals(byParty.toString(), s.netByParty().toString());
            assertEquals(byParty, s.netByParty());
            List<Movement> movements = new ArrayList<>();
            for (ComponentOutcome o : s.outcomes()) {
                if (!o.amount().isZero()) {
                    scheme.splitAmongCustomers(o.amount().abs(), customers).forEach((c, m) -> {
                        if (!m.isZero()) {
                            movements.add(o.amount().isPositive() ? new Movement(o.componentId(), c, supplier, m)
                                    : new Movement(o.componentId(), supplier, c, m));
                        }
                    });
                }
            }
            assertEquals(movements.toString(), s.movements().toString());
            assertEquals(movements, s.movements());
            Statistics.label("movements").collect(s.movements().isEmpty() ? "none" : consortium ? "consortium" : "one customer");
            // as made, as copied: every change refused
            assertThrows(UnsupportedOperationException.class, () -> s.outcomes().add(s.outcomes().get(0)));
            assertThrows(UnsupportedOperationException.class, () -> s.movements().clear());
            assertThrows(UnsupportedOperationException.class, () -> s.netByParty().put(supplier, s.net()));
            assertThrows(UnsupportedOperationException.class, () -> s.netByParty().remove("nobody"));
            assertThrows(NullPointerException.class, () -> s.outcomes().contains(null));
        }
        Statistics.label("movements").coverage(cov -> {
            cov.check("consortium").percentage(p -> p > 10);
            cov.check("one customer").percentage(p -> p > 10);
        });
    }

    /** The fixture agreement with two more customers, as in {@code CustomerWeightsTest}. */
    private static Agreement consortium(IncentiveScheme scheme) {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addParties(Party.customer("eastbrook", "Eastbrook Municipality"), Party.customer("westmere", "Westmere Municipality"))
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule())
                .incentiveScheme(scheme).build();
    }
}
