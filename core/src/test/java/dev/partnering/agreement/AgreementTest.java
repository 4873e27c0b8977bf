package dev.partnering.agreement;

import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;
import dev.partnering.party.Party;

class AgreementTest {

    /** The fixture agreement's parts, each replaceable; builders are strict, so variants start here. */
    private static final class Draft {
        String id = Fixtures.AGREEMENT_ID;
        String title = "IT operations partnership";
        List<Party> parties = new ArrayList<>(Fixtures.parties());
        List<ResponsibilityArea> areas = new ArrayList<>(Fixtures.responsibilityAreas());
        List<Role> extraRoles = new ArrayList<>();
        List<KpiDefinition> kpis = new ArrayList<>(Fixtures.kpis());
        Currency currency = Fixtures.SEK;
        FeeSchedule fees = Fixtures.feeSchedule();

        Agreement build() {
            Governance governance = Governance.builder()
                    .addLevels(GovernanceLevel.values())
                    .addAllRoles(Fixtures.roles())
                    .addAllRoles(extraRoles)
                    .addAllForums(Fixtures.forums())
                    .escalationPolicy(Fixtures.escalationPolicy())
                    .build();
            return Agreement.builder().id(id).title(title).term(Fixtures.term())
                    .addAllParties(parties).addAllResponsibilityAreas(areas).governance(governance)
                    .addAllKpis(kpis).currency(currency).feeSchedule(fees).build();
        }
    }

    private static ValidationException rejected(Draft draft) {
        return assertThrows(ValidationException.class, draft::build);
    }

    private static void assertOnly(ValidationException e, String path, Object value, String rule) {
        assertEquals(List.of(Violation.of(path, value, rule)), e.violations(), e::getMessage);
    }

    private static void assertIncludes(ValidationException e, String path, String rule) {
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals(path) && v.rule().equals(rule)),
                () -> "no violation '" + path + ": " + rule + "' in " + e.getMessage());
    }

    @Nested
    class TheValidFixture {

        private final Agreement agreement = Fixtures.agreement();

        @Test
        void answersWhoIsWho() {
            assertEquals(Fixtures.customer(), agreement.customers().get(0));
            assertEquals(List.of(Fixtures.leadSupplier(), Fixtures.supplier()), agreement.suppliers());
            assertEquals(Fixtures.leadSupplier(), agreement.leadSupplier().orElseThrow());
            assertEquals(Fixtures.supplier(), agreement.party(Fixtures.SUPPLIER).orElseThrow());
            assertTrue(agreement.party("initech").isEmpty());
            assertEquals(LifecyclePhase.COLLABORATION, agreement.phase());
        }

        @Test
        void knowsItsCurrency() {
            assertTrue(agreement.isInCurrency(Fixtures.sek("1")));
            assertFalse(agreement.isInCurrency(Money.of("1", "EUR")));
        }

        @Test
        void defaultsToAnalysisAndNoFees() {
            Agreement a = Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                    .governance(Fixtures.governance()).currency(Fixtures.SEK).build();
            assertEquals(FeeSchedule.empty(), a.feeSchedule());
            assertTrue(a.kpis().isEmpty());
            Agreement analysis = new Draft().build();
            assertEquals(LifecyclePhase.ANALYSIS, analysis.phase());
        }
    }

    @Nested
    class Identity {

        @Test
        void idFollowsTheIdRule() {
            Draft d = new Draft();
            d.id = "it partnering";
            assertOnly(rejected(d), "id", "it partnering", "agreement id 'it partnering' must be 1 to 64 letters, digits, "
                    + "'-', '_' or '.', starting with a letter or digit");
        }

        @Test
        void titleMustNotBeBlank() {
            Draft d = new Draft();
            d.title = " ";
            assertOnly(rejected(d), "title", " ", "agreement 'it-partnering': title must not be blank");
        }
    }

    @Nested
    class Parties {

        @Test
        void partyIdsAreUnique() {
            Draft d = new Draft();
            d.parties.add(Party.customer(Fixtures.LEAD_SUPPLIER, "Another Acme"));
            assertOnly(rejected(d), "parties[3].id", "acme", "party id 'acme' is used more than once");
        }

        @Test
        void aConsortiumOfCustomersIsFine() {
            Draft d = new Draft();
            d.parties.add(Party.customer("region-syd", "Region Syd"));
            assertEquals(2, d.build().customers().size());
        }

        @Test
        void atLeastOneCustomer() {
            Draft d = new Draft();
            d.parties.remove(Fixtures.customer());
            ValidationException e = rejected(d);
            // the customer's roles and area now point to a missing party too; those are reported as well
            assertIncludes(e, "parties", "an agreement needs at least one customer");
            assertTrue(e.violations().contains(Violation.of("parties", "[acme, globex]", "an agreement needs at least one customer")));
        }

        @Test
        void atLeastOneSupplier() {
            Draft d = new Draft();
            d.parties.remove(Fixtures.leadSupplier());
            d.parties.remove(Fixtures.supplier());
            assertIncludes(rejected(d), "parties", "an agreement needs at least one supplier");
        }

        @Test
        void aSingleSupplierWithoutLeadIsFine() {
            Draft d = new Draft();
            d.parties = new ArrayList<>(List.of(Fixtures.customer(), Party.supplier(Fixtures.LEAD_SUPPLIER, "Acme"),
                    Fixtures.supplier()));
            assertTrue(d.build().leadSupplier().isEmpty());
        }

        @Test
        void atMostOneLead() {
            Draft d = new Draft();
            d.parties.set(2, Party.leadSupplier(Fixtures.SUPPLIER, "Globex"));
            assertOnly(rejected(d), "parties", "[acme, globex]", "at most one supplier can be lead, found [acme, globex]");
        }
    }

    @Nested
    class ResponsibilityAreas {

        @Test
        void eachIsOwnedByAPartyOfTheAgreement() {
            Draft d = new Draft();
            d.areas.add(ResponsibilityArea.of("network", "Network", "initech"));
            assertOnly(rejected(d), "responsibilityAreas[3].owner", "initech",
                    "area 'network' is owned by 'initech', which is not a party of the agreement");
        }

        @Test
        void anyPartyCanOwnOne() {
            Draft d = new Draft();
            d.areas.add(ResponsibilityArea.of("network", "Network", Fixtures.CUSTOMER));
            assertEquals(4, d.build().responsibilityAreas().size());
        }

        @Test
        void idsAreUnique() {
            Draft d = new Draft();
            d.areas.add(ResponsibilityArea.of("servers", "More servers", Fixtures.LEAD_SUPPLIER));
            assertOnly(rejected(d), "responsibilityAreas[3].id", "servers", "responsibility area id 'servers' is used more than once");
        }
    }

    @Nested
    class MirroredRoles {

        @Test
        void eachRoleActsForAPartyOfTheAgreement() {
            Draft d = new Draft();
            d.extraRoles.add(Fixtures.role("initech-A", "initech", STRATEGIC, "region-nord-A"));
            assertOnly(rejected(d), "governance.roles[9].party", "initech",
                    "role 'initech-A' acts for 'initech', which is not a party of the agreement");
        }

        @Test
        void eachRoleHasACounterpart() {
            Draft d = new Draft();
            d.extraRoles.add(Fixtures.role("globex-A2", Fixtures.SUPPLIER, STRATEGIC, null));
            assertOnly(rejected(d), "governance.roles[9].counterpart", null,
                    "role 'globex-A2' at level A (STRATEGIC) has no counterpart on the customer side");
        }

        @Test
        void aCustomerRoleWithoutCounterpartNamesTheSupplierSide() {
            Draft d = new Draft();
            d.extraRoles.add(Fixtures.role("region-nord-A2", Fixtures.CUSTOMER, STRATEGIC, null));
            assertOnly(rejected(d), "governance.roles[9].counterpart", null,
                    "role 'region-nord-A2' at level A (STRATEGIC) has no counterpart on the supplier side");
        }

        @Test
        void aSupplierRolesCounterpartIsOnTheCustomerSide() {
            Draft d = new Draft();
            d.extraRoles.add(Fixtures.role("globex-A2", Fixtures.SUPPLIER, STRATEGIC, "acme-A"));
            assertOnly(rejected(d), "governance.roles[9].counterpart", "acme-A", "role 'globex-A2' (SUPPLIER) names "
                    + "counterpart 'acme-A' on the same side; mirrored roles are on the other side");
        }

        @Test
        void aCustomerRolesCounterpartIsOnTheSupplierSide() {
            Draft d = new Draft();
            d.extraRoles.add(Fixtures.role("region-nord-A2", Fixtures.CUSTOMER, STRATEGIC, "region-nord-A"));
            assertOnly(rejected(d), "governance.roles[9].counterpart", "region-nord-A", "role 'region-nord-A2' (CUSTOMER) "
                    + "names counterpart 'region-nord-A' on the same side; mirrored roles are on the other side");
        }

        @Test
        void severalSupplierRolesMayMirrorOneCustomerRole() {
            Draft d = new Draft();
            d.extraRoles.add(Fixtures.role("globex-A2", Fixtures.SUPPLIER, STRATEGIC, "region-nord-A"));
            assertEquals(10, d.build().governance().roles().size());
        }
    }

    @Nested
    class Kpis {

        @Test
        void revisionsOfAKpiLiveSideBySide() {
            Draft d = new Draft();
            d.kpis.add(Fixtures.availability(2, LocalDate.of(2027, 1, 1)));
            Agreement a = d.build();
            assertEquals(List.of(Fixtures.AVAILABILITY, Fixtures.INCIDENT_RESPONSE, Fixtures.TICKET_SLA), a.kpiIds());
            assertEquals(List.of(1, 2), a.kpiVersions(Fixtures.AVAILABILITY).stream().map(KpiDefinition::version).toList());
        }

        @Test
        void kpiVersionsAreOldestFirstWhateverTheOrderGiven() {
            Draft d = new Draft();
            d.kpis.add(0, Fixtures.availability(3, LocalDate.of(2028, 1, 1)));
            d.kpis.add(Fixtures.availability(2, LocalDate.of(2027, 1, 1)));
            assertEquals(List.of(1, 2, 3), d.build().kpiVersions(Fixtures.AVAILABILITY).stream()
                    .map(KpiDefinition::version).toList());
        }

        @Test
        void aVersionIsDefinedOnce() {
            Draft d = new Draft();
            d.kpis.add(Fixtures.availability(1, LocalDate.of(2027, 1, 1)));
            ValidationException e = rejected(d);
            assertEquals(Violation.of("kpis[3].version", 1,
                    "kpi 'availability' version 1 is defined twice (kpis[0] and kpis[3])"), e.violations().get(0));
            // and, being later with the same number, it is also out of order
            assertEquals(Violation.of("kpis", "availability", "kpi 'availability' version 1 (from 2027-01-01) must have "
                    + "a higher version number than version 1 (from 2026-01-01)"), e.violations().get(1));
            assertEquals(2, e.violations().size());
        }

        @Test
        void twoVersionsAreNotInForceFromTheSameDay() {
            Draft d = new Draft();
            d.kpis.add(Fixtures.availability(2, Fixtures.START));
            assertOnly(rejected(d), "kpis[3].effectiveFrom", Fixtures.START,
                    "kpi 'availability' has two versions in force from 2026-01-01 (kpis[0] and kpis[3])");
        }

        @Test
        void laterVersionsHaveHigherNumbers() {
            Draft d = new Draft();
            d.kpis.set(0, Fixtures.availability(2, Fixtures.START));
            d.kpis.add(Fixtures.availability(1, LocalDate.of(2027, 1, 1)));
            assertOnly(rejected(d), "kpis", "availability", "kpi 'availability' version 1 (from 2027-01-01) must have "
                    + "a higher version number than version 2 (from 2026-01-01)");
        }

        @Test
        void theSameKpiTwiceIsReportedTwice() {
            Draft d = new Draft();
            d.kpis.add(Fixtures.availability());
            assertEquals(List.of("kpis[3].version", "kpis[3].effectiveFrom"),
                    rejected(d).violations().stream().map(Violation::path).toList());
        }
    }

    @Nested
    class Currencies {

        @Test
        void feesAreInTheAgreementsCurrency() {
            Draft d = new Draft();
            d.fees = FeeSchedule.monthly(Money.of("25000.00", "EUR"), YearMonth.of(2026, 1), YearMonth.of(2026, 12));
            assertOnly(rejected(d), "feeSchedule", "EUR", "fees are in EUR but the agreement is in SEK");
        }

        @Test
        void anAgreementInEurosWithEuroFees() {
            Draft d = new Draft();
            d.currency = Currency.getInstance("EUR");
            d.fees = FeeSchedule.monthly(Money.of("25000.00", "EUR"), YearMonth.of(2026, 1), YearMonth.of(2026, 12));
            assertEquals("EUR", d.build().currency().getCurrencyCode());
        }

        @Test
        void withoutFeesAnyCurrencyWithAMinorUnitWill() {
            Draft d = new Draft();
            d.currency = Currency.getInstance("JPY");
            d.fees = FeeSchedule.empty();
            assertEquals("JPY", d.build().currency().getCurrencyCode());
        }

        @Test
        void theCurrencyHasAMinorUnit() {
            Draft d = new Draft();
            d.currency = Currency.getInstance("XXX");
            d.fees = FeeSchedule.empty();
            assertOnly(rejected(d), "currency", "XXX", "currency XXX has no minor unit and cannot hold money");
        }
    }

    @Test
    void reportsEveryViolationAtOnceInOneReadableMessage() {
        Draft d = new Draft();
        d.title = "";
        d.parties.add(Party.leadSupplier("initech", "Initech")); // a second lead
        d.areas.add(1, ResponsibilityArea.of("network", "Network", "nobody"));
        d.kpis.add(Fixtures.availability()); // same id, version and date as kpis[0]
        d.fees = FeeSchedule.monthly(Money.of("25000.00", "EUR"), YearMonth.of(2026, 1), YearMonth.of(2026, 12));

        ValidationException e = rejected(d);

        assertEquals(List.of("title", "parties", "responsibilityAreas[1].owner", "kpis[3].version", "kpis[3].effectiveFrom",
                "feeSchedule"), e.violations().stream().map(Violation::path).toList());
        String nl = System.lineSeparator();
        assertEquals("Agreement 'it-partnering' is invalid (6 violations):" + nl
                + "  - title: agreement 'it-partnering': title must not be blank" + nl
                + "  - parties: at most one supplier can be lead, found [acme, initech]" + nl
                + "  - responsibilityAreas[1].owner: area 'network' is owned by 'nobody', which is not a party of the agreement" + nl
                + "  - kpis[3].version: kpi 'availability' version 1 is defined twice (kpis[0] and kpis[3])" + nl
                + "  - kpis[3].effectiveFrom: kpi 'availability' has two versions in force from 2026-01-01 (kpis[0] and kpis[3])" + nl
                + "  - feeSchedule: fees are in EUR but the agreement is in SEK", e.getMessage());
        assertEquals("Agreement 'it-partnering'", e.subject());
        assertEquals("nobody", e.violations().get(2).value());
    }

    @Test
    void aMissingRequiredAttributeIsAValidationException() {
        // every missing attribute is a violation at its own path (before: one message with an empty path)
        ValidationException e = dev.partnering.Refusals.assertPaths(() -> Agreement.builder().id("x").build(),
                "title", "term", "governance", "currency");
        assertEquals("title is required: null is not allowed", e.violations().get(0).rule());
    }

    @Test
    void theBuilderIsStrict() {
        assertThrows(IllegalStateException.class, () -> Fixtures.agreementBuilder().id("again"));
    }
}
