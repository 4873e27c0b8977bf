package dev.partnering.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OutcomeCoverageProperties {

    record Case(List<String> kpis, List<DesiredOutcome> outcomes) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<String>> kpis = Arbitraries.of("k1", "k2", "k3", "k4", "k5", "k6").set().ofMaxSize(6)
                .map(ArrayList::new);
        // outcomes may name KPIs outside the followed set (k7, k8): those do not measure them
        Arbitrary<List<String>> named = Arbitraries.of("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8").set()
                .ofMaxSize(4).map(ArrayList::new);
        Arbitrary<List<List<String>>> outcomes = named.list().ofMaxSize(6);
        return Combinators.combine(kpis, outcomes).as((k, os) -> {
            List<DesiredOutcome> built = new ArrayList<>();
            for (int i = 0; i < os.size(); i++) {
                DesiredOutcome.Builder b = DesiredOutcome.builder().id("o" + i).statement("outcome " + i);
                os.get(i).forEach(kpi -> b.measuredBy(kpi, BigDecimal.ONE));
                built.add(b.build());
            }
            return new Case(k, built);
        });
    }

    @Property
    void coverageFindsEveryUncoveredOutcomeAndKpi(@ForAll("cases") Case c) {
        OutcomeCoverage coverage = OutcomeCoverage.check(c.outcomes(), c.kpis());
        Set<String> served = new HashSet<>();
        for (DesiredOutcome o : c.outcomes()) {
            boolean measured = o.kpiIds().stream().anyMatch(c.kpis()::contains);
            // each outcome is either measured by a followed KPI or listed, never both
            assertEquals(!measured, coverage.outcomesWithoutKpis().contains(o.id()), o.id());
            o.kpiIds().stream().filter(c.kpis()::contains).forEach(served::add);
        }
        for (String k : c.kpis()) {
            assertEquals(!served.contains(k), coverage.kpisWithoutOutcome().contains(k), k);
        }
        assertTrue(c.kpis().containsAll(coverage.kpisWithoutOutcome()));
        assertEquals(coverage.isComplete(), coverage.outcomesWithoutKpis().isEmpty() && coverage.kpisWithoutOutcome().isEmpty());
        // every gap is a warning of the explanation, once
        long warnings = coverage.explanation().steps().stream()
                .filter(s -> s.kind() == dev.partnering.explanation.StepKind.WARNING).count();
        assertEquals(coverage.outcomesWithoutKpis().size() + coverage.kpisWithoutOutcome().size(), warnings);
    }
}
