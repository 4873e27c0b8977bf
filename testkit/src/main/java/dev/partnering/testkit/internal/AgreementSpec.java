package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;

/**
 * The parameters of one generated agreement, as small numbers and lists that jqwik shrinks well.
 *
 * @param frame  the parties, governance and term
 * @param kpis  the KPIs
 * @param currency  the currency
 * @param monthlyFee  the monthly fee in whole units
 * @param policy  the missing-data policy
 * @param scheme  the incentive scheme, if any
 */
record AgreementSpec(Frame frame, List<KpiSpec> kpis, Currency currency, int monthlyFee, MissingDataPolicy policy,
        Optional<SchemeSpec> scheme) {

    /**
     * @param customers  the number of customers
     * @param suppliers  the number of suppliers
     * @param lead  true if the first supplier leads
     * @param levels  2 or 3 governance levels
     * @param start  the start date
     * @param years  the initial term in years
     * @param options  the number of one-year options
     */
    record Frame(int customers, int suppliers, boolean lead, int levels, LocalDate start, int years, int options) {
    }

    Agreement build(KpiConfig kpiConfig) {
        List<Party> parties = new ArrayList<>();
        for (int i = 1; i <= frame.customers(); i++) {
            parties.add(Party.customer("customer-" + i, "Customer " + i));
        }
        for (int i = 1; i <= frame.suppliers(); i++) {
            parties.add(Party.builder().id("supplier-" + i).name("Supplier " + i).kind(PartyKind.SUPPLIER)
                    .lead(frame.lead() && i == 1).build());
        }
        List<KpiDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < kpis.size(); i++) {
            KpiSpec spec = i == 0 ? kpis.get(i).directed(kpiConfig) : kpis.get(i);
            definitions.add(spec.build(kpiConfig, "kpi-" + (i + 1), frame.start()));
        }
        Agreement.Builder b = Agreement.builder().id("agreement").title("Partnership agreement")
                .addAllParties(parties)
                .term(ContractTerm.of(frame.start(), Period.ofYears(frame.years()), options()))
                .phase(LifecyclePhase.COLLABORATION)
                .sharedVision("Shared vision of the partnership")
                .addGoals("Meet every KPI's target")
                .addAllResponsibilityAreas(parties.stream().map(p -> ResponsibilityArea.of("area-" + p.id(), "Area of " + p.name(),
                        p.id())).toList())
                .governance(governance(parties))
                .addAllKpis(definitions)
                .currency(currency)
                .feeSchedule(fees())
                .missingDataPolicy(policy);
        scheme.ifPresent(s -> b.incentiveScheme(s.build(SchemeContext.of(definitions, currency,
                parties.stream().filter(p -> p.kind() == PartyKind.SUPPLIER).map(Party::id).toList()))));
        return b.build();
    }

    private ExtensionOption[] options() {
        ExtensionOption[] options = new ExtensionOption[frame.options()];
        for (int i = 0; i < options.length; i++) {
            options[i] = ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6));
        }
        return options;
    }

    private FeeSchedule fees() {
        YearMonth first = YearMonth.from(frame.start());
        Money fee = Money.of(BigDecimal.valueOf(monthlyFee).setScale(currency.getDefaultFractionDigits()), currency);
        // every month the term touches, so that each contract year's annual fee is known
        return FeeSchedule.monthly(fee, first, YearMonth.from(frame.start().plusYears(frame.years()).minusDays(1)));
    }

    private Governance governance(List<Party> parties) {
        EnumSet<GovernanceLevel> levels = frame.levels() == 2
                ? EnumSet.of(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL) : EnumSet.allOf(GovernanceLevel.class);
        // customers mirror the lead (or first) supplier; every supplier mirrors the first customer
        String anchorSupplier = "supplier-1";
        String anchorCustomer = "customer-1";
        Governance.Builder g = Governance.builder().addAllLevels(levels);
        EscalationPolicy.Builder escalation = EscalationPolicy.builder();
        for (GovernanceLevel level : levels) {
            List<String> roles = new ArrayList<>();
            LevelNames names = NAMES.get(level);
            for (Party p : parties) {
                String counterpart = p.kind() == PartyKind.CUSTOMER ? anchorSupplier : anchorCustomer;
                String id = roleId(p.id(), level);
                roles.add(id);
                g.addRoles(Role.builder().id(id).title(names.title()).party(p.id()).level(level)
                        .mandate(names.title() + " for " + p.name()).counterpart(roleId(counterpart, level)).build());
            }
            g.addForums(Forum.builder().id("forum-" + level.letter()).name(names.forum()).level(level).cadence(names.cadence())
                    .addAllParticipants(roles).build());
            escalation.putTimeAllowed(level, Duration.ofDays(5L << (2 - level.ordinal())));
        }
        return g.escalationPolicy(escalation.build()).build();
    }

    private static String roleId(String party, GovernanceLevel level) {
        return party + "-" + level.letter();
    }

    /** What the generated governance calls its roles and forums at a level, and how often the forum meets. */
    private record LevelNames(String title, String forum, Cadence cadence) {
    }

    private static final Map<GovernanceLevel, LevelNames> NAMES = new EnumMap<>(Map.of(
            GovernanceLevel.STRATEGIC, new LevelNames("Executive sponsor", "Steering group", Cadence.QUARTERLY),
            GovernanceLevel.TACTICAL, new LevelNames("Delivery manager", "Delivery board", Cadence.MONTHLY),
            GovernanceLevel.OPERATIONAL, new LevelNames("Operations lead", "Operations meeting", Cadence.WEEKLY)));
}
