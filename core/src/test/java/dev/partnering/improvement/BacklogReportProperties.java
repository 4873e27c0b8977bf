package dev.partnering.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.partnering.Fixtures;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.money.Money;

class BacklogReportProperties {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final List<String> PARTIES = List.of(Fixtures.CUSTOMER, Fixtures.LEAD_SUPPLIER, Fixtures.SUPPLIER);

    record Spec(int proposed, int party, boolean strategic, InitiativeStatus status, int decideIn, int deliverIn,
            long expectedCents, long realisedCents) {
    }

    record Case(ImprovementBacklog backlog, LocalDate asOf) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, 360),
                Arbitraries.integers().between(0, 2), Arbitraries.of(true, false), Arbitraries.of(InitiativeStatus.class),
                Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 200),
                Arbitraries.longs().between(0, 10_000_000_00L), Arbitraries.longs().between(-1, 10_000_000_00L))
                .as(Spec::new);
        return Combinators.combine(spec.list().ofMaxSize(20), Arbitraries.integers().between(0, 800))
                .as((specs, asOf) -> new Case(backlog(specs), START.plusDays(asOf)));
    }

    private static ImprovementBacklog backlog(List<Spec> specs) {
        List<Initiative> all = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            LocalDate proposed = START.plusDays(s.proposed());
            Initiative.Builder b = Initiative.builder().id("i" + i).title("initiative " + i)
                    .proposer(PARTIES.get(s.party())).decidedBy(s.strategic() ? GovernanceLevel.STRATEGIC : GovernanceLevel.TACTICAL)
                    .proposedOn(proposed).status(s.status()).expectedBenefit(cents(s.expectedCents())).gainShare("savings");
            if (s.status() != InitiativeStatus.PROPOSED) {
                b.decidedOn(proposed.plusDays(s.decideIn()));
            }
            if (s.status() == InitiativeStatus.DELIVERED) {
                b.deliveredOn(proposed.plusDays(s.decideIn() + s.deliverIn()));
                if (s.realisedCents() >= 0) {
                    b.realisedBenefit(cents(s.realisedCents()));
                }
            }
            all.add(b.build());
        }
        return ImprovementBacklog.builder().currency(Fixtures.SEK).addAllInitiatives(all).build();
    }

    private static Money cents(long c) {
        return Money.of(BigDecimal.valueOf(c, 2), Fixtures.SEK);
    }

    @Property
    void thePipelineAddsUpToTheInitiativesProposed(@ForAll("cases") Case c) {
        BacklogReport r = c.backlog().report(c.asOf(), Fixtures.parties());
        long proposed = c.backlog().initiatives().stream().filter(i -> !i.proposedOn().isAfter(c.asOf())).count();
        assertEquals(proposed, r.pipeline().stream().mapToInt(PipelineCell::count).sum());
        Money expected = Money.zero(Fixtures.SEK);
        for (Initiative i : r.initiatives()) {
            expected = expected.plus(i.expectedBenefit());
        }
        Money cells = Money.zero(Fixtures.SEK);
        for (PipelineCell p : r.pipeline()) {
            cells = cells.plus(p.expectedBenefit());
        }
        assertEquals(expected, cells);
        r.supplierShare().ifPresent(s -> assertTrue(s.signum() >= 0 && s.compareTo(BigDecimal.ONE) <= 0));
        assertTrue(r.proposedBySuppliers() <= r.initiatives().size());
    }

    @Property
    void everyRealisedSavingFeedsTheGainShareOnce(@ForAll("cases") Case c) {
        // over the whole calendar year of each delivery, the savings fed add up to the realised benefits
        Money realised = Money.zero(Fixtures.SEK);
        for (Initiative i : c.backlog().initiatives()) {
            if (i.realisedBenefit().isPresent()) {
                realised = realised.plus(i.realisedBenefit().get());
            }
        }
        Money fed = Money.zero(Fixtures.SEK);
        for (int year = 2026; year <= 2029; year++) {
            var savings = c.backlog().savings("savings", dev.partnering.period.ReportingPeriod.parse(String.valueOf(year)));
            if (savings.isPresent()) {
                fed = fed.plus(savings.get().givenSavings().orElseThrow());
            }
        }
        assertEquals(realised, fed);
    }
}
