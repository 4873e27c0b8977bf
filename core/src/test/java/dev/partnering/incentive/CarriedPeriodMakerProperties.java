package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.ThoroughTries;
import dev.partnering.ValidationException;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Secret;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The closing balance's trusted way of making a carried period ({@link Secret#CARRIED_PERIOD}: statuses as an
 * array over KPI ids checked once, no builder) makes exactly the value the builder makes of the same parts, put
 * in the order the closing balance puts them: equal both ways, the same hash, text and accessors (the statuses'
 * map read key by key, in order, and for absent keys), or the same refusal (exception type and message). The KPI
 * ids are refused by the check-once step exactly when one is invalid or given twice (then the closing balance
 * uses the builder). Inputs mix valid and invalid ids, repeated ids, negative and unrounded charges and
 * amounts, two currencies, repeated credits and scores out of bounds, so that both outcomes are drawn.
 */
@AddLifecycleHook(ThoroughTries.class)
class CarriedPeriodMakerProperties {

    private static final Secret.CarriedPeriodMaker MAKER = Secret.CARRIED_PERIOD.get();

    @Provide
    Arbitrary<List<String>> kpiIds() {
        Arbitrary<List<String>> valid = Arbitraries.of("availability", "kpi-01", "kpi-02", "a.b_c", "incidents").list()
                .uniqueElements().ofMaxSize(5);
        return Arbitraries.frequencyOf(Tuple.of(8, valid), Tuple.of(1, valid.map(l -> with(l, "bad id"))),
                Tuple.of(1, valid.filter(l -> !l.isEmpty()).map(l -> with(l, l.get(0)))));
    }

    private static List<String> with(List<String> ids, String id) {
        List<String> all = new ArrayList<>(ids);
        all.add(all.size() / 2, id);
        return all;
    }

    @Provide
    Arbitrary<Money> amounts() {
        Arbitrary<BigDecimal> decimals = Arbitraries.of("0", "12.50", "-1500.00", "7", "-3.1", "0.00", "12.50", "-1500.00",
                "7", "0.005", "1234567890123456789012").map(BigDecimal::new);
        return Arbitraries.of("SEK", "SEK", "SEK", "SEK", "SEK", "SEK", "SEK", "EUR").flatMap(c -> decimals.map(d -> Money.of(BigDecimal.ONE,
                java.util.Currency.getInstance(c)).multipliedBy(d)));
    }

    @Provide
    Arbitrary<Map<String, Money>> amountMaps() {
        return Arbitraries.maps(Arbitraries.of("pool", "service-credits", "bonus", "pool", "bonus", "bad id"), amounts())
                .ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<CarriedCredit>> credits() {
        Arbitrary<CarriedCredit> credit = Arbitraries.of("service-credits", "pool").flatMap(c -> Arbitraries.of("kpi-01",
                "kpi-02").flatMap(k -> Arbitraries.of("1.00", "2.50", "0").flatMap(a -> Arbitraries.of("SEK", "SEK", "SEK",
                        "SEK", "SEK", "SEK", "EUR").map(cur -> CarriedCredit.of(c, k, Money.of(a, cur))))));
        return credit.list().ofMaxSize(2);
    }

    @Provide
    Arbitrary<NetLimits> limits() {
        NetLimits sek = new NetLimits(Optional.of(Money.of("-10.00", "SEK")), Optional.of(Money.of("20.00", "SEK")));
        return Arbitraries.of(NetLimits.none(), sek, NetLimits.none(), sek, new NetLimits(Optional.empty(),
                Optional.of(Money.of("5", "EUR"))));
    }

    @Provide
    Arbitrary<BigDecimal> scores() {
        return Arbitraries.of("0.75", "1", "0.812345", "0.5", "1E+30").map(BigDecimal::new);
    }

    @Property
    void theTrustedPathMakesWhatTheBuilderMakes(@ForAll("kpiIds") List<String> ids,
            @ForAll @Size(max = 4) List<KpiStatus> someStatuses, @ForAll("amounts") Money charge, @ForAll boolean withCharge,
            @ForAll("amountMaps") Map<String, Money> amounts, @ForAll("credits") List<CarriedCredit> credits,
            @ForAll("limits") NetLimits limits, @ForAll @Size(max = 1) List<@net.jqwik.api.From("scores") BigDecimal> score) {
        ReportingPeriod period = ReportingPeriod.parse("2026-03");
        KpiStatus[] statuses = new KpiStatus[ids.size()];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = someStatuses.isEmpty() ? KpiStatus.MET : someStatuses.get(i % someStatuses.size());
        }
        Object checked = MAKER.kpiIds(ids.toArray(new String[0]));
        boolean badIds = ids.stream().anyMatch(id -> !Ids.isValid(id)) || new HashSet<>(ids).size() < ids.size();
        assertEquals(badIds, checked == null, () -> "the check-once step of " + ids);
        if (checked == null) {
            Statistics.label("outcome").collect("ids refused");
            return;
        }
        BigDecimal scoreOrNull = score.isEmpty() ? null : score.get(0);
        // the builder, given the parts in the order Closing.carry gives them
        CarriedPeriod.Builder b = CarriedPeriod.builder().period(period).score(Optional.ofNullable(scoreOrNull)).limits(limits);
        if (withCharge) {
            b.charge(charge);
        }
        amounts.forEach(b::putAmounts);
        credits.forEach(b::addCredits);
        for (int i = 0; i < statuses.length; i++) {
            b.putKpiStatuses(ids.get(i), statuses[i]);
        }
        CarriedPeriod expected = null;
        ValidationException refused = null;
        try {
            expected = b.build();
        } catch (ValidationException e) {
            refused = e;
        }
        CarriedPeriod made = null;
        ValidationException madeRefused = null;
        try {
            made = (CarriedPeriod) MAKER.make(period, withCharge ? charge : null, amounts, new ArrayList<>(credits), checked,
                    statuses.clone(), scoreOrNull, limits);
        } catch (ValidationException e) {
            madeRefused = e;
        }
        if (refused != null) {
            Statistics.label("outcome").collect("refused");
            CarriedPeriod wrong = made;
            assertNotNull(madeRefused, () -> "the builder refuses, the trusted path made " + wrong);
            assertEquals(refused.getMessage(), madeRefused.getMessage());
            assertEquals(refused.violations(), madeRefused.violations());
            return;
        }
        Statistics.label("outcome").collect(ids.size() > 1 ? "made, several statuses" : "made, 0 or 1 status");
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").percentage(p -> p > 10);
            c.check("ids refused").percentage(p -> p > 5);
            c.check("made, several statuses").percentage(p -> p > 5);
        });
        ValidationException wrong = madeRefused;
        assertNull(wrong, () -> "the builder makes a value, the trusted path refuses: " + wrong);
        assertEquals(expected, made);
        assertEquals(made, expected);
        assertEquals(expected.hashCode(), made.hashCode());
        assertEquals(expected.toString(), made.toString());
        assertEquals(expected.period(), made.period());
        assertEquals(expected.charge(), made.charge());
        assertEquals(expected.amounts(), made.amounts());
        assertEquals(List.copyOf(expected.amounts().entrySet()), List.copyOf(made.amounts().entrySet()));
        assertEquals(expected.credits(), made.credits());
        assertEquals(expected.kpiStatuses(), made.kpiStatuses());
        assertEquals(made.kpiStatuses(), expected.kpiStatuses());
        assertEquals(expected.kpiStatuses().hashCode(), made.kpiStatuses().hashCode());
        assertEquals(List.copyOf(expected.kpiStatuses().entrySet()), List.copyOf(made.kpiStatuses().entrySet()));
        for (String id : List.of("availability", "kpi-01", "kpi-02", "a.b_c", "incidents", "absent")) {
            assertEquals(expected.kpiStatuses().get(id), made.kpiStatuses().get(id), id);
            assertEquals(expected.kpiStatuses().containsKey(id), made.kpiStatuses().containsKey(id), id);
        }
        assertEquals(expected.score(), made.score());
        assertEquals(expected.limits(), made.limits());
        assertEquals(expected.currency(), made.currency());
        assertEquals(expected.componentIds(), made.componentIds());
        assertTrue(made.plain(), "what the trusted path makes passes the builder's quick check");
        // read-only as the builder's value is
        CarriedPeriod got = made;
        CarriedPeriod want = expected;
        assertThrows(UnsupportedOperationException.class, () -> got.kpiStatuses().put("kpi-03", KpiStatus.MET));
        assertThrows(UnsupportedOperationException.class, () -> got.amounts().put("pool", charge));
        assertEquals(refusesToClear(want.kpiStatuses()), refusesToClear(got.kpiStatuses()));
    }

    /**
     * The equality, hash and text {@link CarriedPeriod} declares (so that the builder's values and the trusted
     * ones compare) are the ones Immutables generated before: the text lists the attributes in order, an absent
     * charge or score left out; the hash is {@code h = 5381}, then {@code h += (h << 5) + hash(attribute)} for the
     * period, the charge (0 if absent), the amounts, the credits, the statuses, the score (0 if absent) and the limits.
     */
    @net.jqwik.api.Example
    void equalityHashAndTextAreTheGeneratedOnes() {
        ReportingPeriod march = ReportingPeriod.parse("2026-03");
        CarriedPeriod p = CarriedPeriod.builder().period(march).charge(Money.of("100.00", "SEK"))
                .putAmounts("pool", Money.of("-5.00", "SEK")).credit("pool", "kpi-01", Money.of("5.00", "SEK"))
                .putKpiStatuses("kpi-01", KpiStatus.BELOW_MINIMUM).putKpiStatuses("kpi-02", KpiStatus.MET)
                .score(new BigDecimal("0.75")).build();
        assertEquals("CarriedPeriod{period=2026-03, charge=100.00 SEK, amounts={pool=-5.00 SEK}, credits=[CarriedCredit["
                + "componentId=pool, kpiId=kpi-01, amount=5.00 SEK]], kpiStatuses={kpi-01=BELOW_MINIMUM, kpi-02=MET}, "
                + "score=0.75, limits=NetLimits[lowest=Optional.empty, highest=Optional.empty]}", p.toString());
        assertEquals("CarriedPeriod{period=2026-03, amounts={}, credits=[], kpiStatuses={}, limits=NetLimits["
                + "lowest=Optional.empty, highest=Optional.empty]}", CarriedPeriod.builder().period(march).build().toString());
        int h = 5381;
        for (Object part : new Object[] {march, Money.of("100.00", "SEK"), p.amounts(), p.credits(), p.kpiStatuses(),
                new BigDecimal("0.75"), NetLimits.none()}) {
            h += (h << 5) + part.hashCode();
        }
        assertEquals(h, p.hashCode());
        int empty = 5381;
        for (int part : new int[] {march.hashCode(), 0, Map.of().hashCode(), List.of().hashCode(), Map.of().hashCode(), 0,
                NetLimits.none().hashCode()}) {
            empty += (empty << 5) + part;
        }
        assertEquals(empty, CarriedPeriod.builder().period(march).build().hashCode());
        Object ids = MAKER.kpiIds(new String[] {"kpi-01", "kpi-02"});
        Object made = MAKER.make(march, Money.of("100.00", "SEK"), Map.of("pool", Money.of("-5.00", "SEK")),
                List.of(CarriedCredit.of("pool", "kpi-01", Money.of("5.00", "SEK"))), ids,
                new KpiStatus[] {KpiStatus.BELOW_MINIMUM, KpiStatus.MET}, new BigDecimal("0.75"), NetLimits.none());
        assertEquals(p, made);
        assertEquals(p.toString(), made.toString());
        assertEquals(h, made.hashCode());
        assertTrue(!p.equals(CarriedPeriod.builder().period(march).build()) && !p.equals(null) && !p.equals(p.toString()));
    }

    private static boolean refusesToClear(Map<?, ?> map) {
        try {
            map.clear();
            return false;
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }
}
