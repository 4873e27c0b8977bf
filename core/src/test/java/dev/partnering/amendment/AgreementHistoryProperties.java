package dev.partnering.amendment;

import dev.partnering.ThoroughTries;
import dev.partnering.lifecycle.LifecycleFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import dev.partnering.agreement.Agreement;

@AddLifecycleHook(ThoroughTries.class)
class AgreementHistoryProperties {

    private static final Agreement ORIGINAL = LifecycleFixtures.agreement();

    /** Distinct day offsets after the start, one amendment each, in date order. */
    @Provide
    Arbitrary<List<Integer>> amendmentDays() {
        return Arbitraries.integers().between(1, 3000).set().ofMaxSize(8).map(s -> List.copyOf(new TreeSet<>(s)));
    }

    private static AgreementHistory history(List<Integer> days) {
        AgreementHistory h = AgreementHistory.of(ORIGINAL);
        for (int i = 0; i < days.size(); i++) {
            h = h.amend(Amendment.of(LifecycleFixtures.START.plusDays(days.get(i)), "Restaffing " + (i + 1),
                    AgreementChange.roleRestaffed("sup-ops", "Holder " + (i + 1))));
        }
        return h;
    }

    @Property(tries = 300)
    void inForceOnIsTheVersionWithTheLatestEffectiveDateNotAfterTheDate(@ForAll("amendmentDays") List<Integer> days,
            @ForAll @IntRange(min = -100, max = 3200) int queryOffset) {
        AgreementHistory h = history(days);
        LocalDate date = LifecycleFixtures.START.plusDays(queryOffset);
        // brute force: among all versions, the one with the greatest effective date that is not after the date
        Optional<AgreementVersion> expected = h.versions().stream().filter(v -> !v.effectiveFrom().isAfter(date))
                .max((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()));
        assertEquals(expected.map(AgreementVersion::number), h.inForceOn(date).map(AgreementVersion::number));
        assertEquals(expected.map(v -> v.agreement().governance().role("sup-ops").orElseThrow().holder()),
                h.inForceOn(date).map(v -> v.agreement().governance().role("sup-ops").orElseThrow().holder()));
    }

    @Property
    void aHistoryRestoredFromItsVersionsIsTheSameHistory(@ForAll("amendmentDays") List<Integer> days) {
        AgreementHistory h = history(days);
        assertEquals(h, AgreementHistory.restore(h.versions()));
        assertEquals(h.versions(), AgreementHistory.restore(List.copyOf(h.versions())).versions());
    }

    @Property(tries = 200)
    void amendingNeverChangesEarlierVersions(@ForAll("amendmentDays") List<Integer> days) {
        AgreementHistory h = history(days);
        AgreementHistory longer = h.amend(Amendment.of(LifecycleFixtures.START.plusDays(3001), "Later",
                AgreementChange.roleRestaffed("sup-exec", "Someone Else")));
        for (AgreementVersion v : h.versions()) {
            assertEquals(v.agreement(), longer.version(v.number()).agreement());
            assertEquals(v.effectiveFrom(), longer.version(v.number()).effectiveFrom());
        }
        assertEquals(ORIGINAL, h.version(1).agreement());
    }
}
