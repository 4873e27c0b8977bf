package dev.partnering.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.partnering.Fixtures;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;

class ActionRegisterProperties {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final List<String> FORUMS = List.of("steering-group", "delivery-board", "operations-meeting");
    private static final List<String> PARTIES = List.of(Fixtures.CUSTOMER, Fixtures.LEAD_SUPPLIER, Fixtures.SUPPLIER);

    record Spec(int meetingDay, int forum, int party, int dueIn, int status, int closedIn) {
    }

    record Case(List<Minutes> minutes, LocalDate asOf) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, 11).map(m -> m * 30),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 90), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 120)).as(Spec::new);
        return Combinators.combine(spec.list().ofMaxSize(25), Arbitraries.integers().between(0, 450))
                .as((specs, asOf) -> new Case(minutes(specs), START.plusDays(asOf)));
    }

    private static List<Minutes> minutes(List<Spec> specs) {
        List<Minutes> all = new ArrayList<>();
        for (int day = 0; day < 360; day += 30) {
            for (int f = 0; f < 3; f++) {
                LocalDate date = START.plusDays(day);
                Minutes.Builder b = Minutes.builder().meeting(ForumMeeting.held(FORUMS.get(f), date));
                int n = 0;
                for (int i = 0; i < specs.size(); i++) {
                    Spec s = specs.get(i);
                    if (s.meetingDay() != day || s.forum() != f) {
                        continue;
                    }
                    n++;
                    String party = PARTIES.get(s.party());
                    Action.Builder a = Action.builder().id("a" + i).description("action " + i).owner(party)
                            .ownerRole(Fixtures.roleId(party, GovernanceLevel.values()[f])).due(date.plusDays(s.dueIn()));
                    if (s.status() == 1) {
                        a.doneOn(date.plusDays(s.closedIn()));
                    } else if (s.status() == 2) {
                        a.cancelledOn(date.plusDays(s.closedIn()));
                    }
                    b.addActions(a.build());
                }
                if (n > 0) {
                    all.add(b.build());
                }
            }
        }
        return all;
    }

    @Property
    void countsAddUpPerPartyAndPerLevel(@ForAll("cases") Case c) {
        ActionReport r = ActionRegister.of(Fixtures.governance(), c.minutes()).reportOn(c.asOf());
        ActionCounts parties = r.byParty().values().stream().reduce(ActionCounts.NONE, ActionCounts::plus);
        ActionCounts levels = r.byLevel().values().stream().reduce(ActionCounts.NONE, ActionCounts::plus);
        assertEquals(r.total(), parties);
        assertEquals(r.total(), levels);
        long agreed = c.minutes().stream().filter(m -> !m.date().isAfter(c.asOf()))
                .mapToLong(m -> m.actions().size()).sum();
        assertEquals(agreed, r.total().total());
        assertEquals(r.total().open(), r.open().size());
        assertEquals(r.total().overdue(), r.overdue().size());
        assertEquals(r.total().doneLate(), r.doneLate().size());
    }

    @Property
    void theOrderOfTheMinutesChangesNothing(@ForAll("cases") Case c, @ForAll long seed) {
        List<Minutes> shuffled = new ArrayList<>(c.minutes());
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(ActionRegister.of(Fixtures.governance(), c.minutes()).reportOn(c.asOf()).explanation(),
                ActionRegister.of(Fixtures.governance(), shuffled).reportOn(c.asOf()).explanation());
    }
}
