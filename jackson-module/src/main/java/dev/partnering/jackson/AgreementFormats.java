package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.CURRENCY;
import static dev.partnering.jackson.Scalars.DURATION;
import static dev.partnering.jackson.Scalars.MONEY;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.Precision;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Standings;

/** The agreement and its parties, responsibility areas, fees and governance. */
final class AgreementFormats {

    private AgreementFormats() {
    }

    static final ValueReader<Party> PARTY = AgreementFormats::readParty;
    static final ValueWriter<Party> PARTY_OUT = Writing.jackson(Party.class);
    static final ValueReader<ResponsibilityArea> AREA = AgreementFormats::readArea;
    static final ValueWriter<ResponsibilityArea> AREA_OUT = Writing.jackson(ResponsibilityArea.class);
    static final ValueReader<dev.partnering.agreement.Scope> SCOPE = AgreementFormats::readScope;
    static final ValueWriter<dev.partnering.agreement.Scope> SCOPE_OUT = Writing.jackson(dev.partnering.agreement.Scope.class);
    static final ValueReader<PeriodFee> PERIOD_FEE = AgreementFormats::readPeriodFee;
    static final ValueWriter<PeriodFee> PERIOD_FEE_OUT = Writing.jackson(PeriodFee.class);
    static final ValueReader<FeeSchedule> FEE_SCHEDULE = AgreementFormats::readFeeSchedule;
    static final ValueWriter<FeeSchedule> FEE_SCHEDULE_OUT = Writing.jackson(FeeSchedule.class);
    static final ValueReader<Role> ROLE = AgreementFormats::readRole;
    static final ValueWriter<Role> ROLE_OUT = Writing.jackson(Role.class);
    static final ValueReader<Forum> FORUM = AgreementFormats::readForum;
    static final ValueWriter<Forum> FORUM_OUT = AgreementFormats::writeForum;
    static final ValueReader<EscalationPolicy> ESCALATION = AgreementFormats::readEscalation;
    static final ValueWriter<EscalationPolicy> ESCALATION_OUT = AgreementFormats::writeEscalation;
    static final ValueReader<Governance> GOVERNANCE = AgreementFormats::readGovernance;
    static final ValueWriter<Governance> GOVERNANCE_OUT = AgreementFormats::writeGovernance;
    static final ValueReader<Precision> PRECISION = AgreementFormats::readPrecision;
    static final ValueWriter<Precision> PRECISION_OUT = AgreementFormats::writePrecision;
    static final ValueReader<Agreement> AGREEMENT = AgreementFormats::readAgreement;
    static final ValueWriter<Agreement> AGREEMENT_OUT = AgreementFormats::writeAgreement;

    // ---------------------------------------------------------------- agreement

    private static Agreement readAgreement(In in) {
        in.object("an agreement");
        Agreement.Builder b = Agreement.builder();
        in.req("id", TEXT, b::id);
        in.req("title", TEXT, b::title);
        in.opt("phase", enumOf(LifecyclePhase.class), b::phase);
        in.req("currency", CURRENCY, b::currency);
        in.list("parties", PARTY, b::addAllParties);
        in.req("term", LifecycleFormats.CONTRACT_TERM, b::term);
        in.opt("sharedVision", TEXT, b::sharedVision);
        in.list("goals", TEXT, b::addAllGoals);
        in.list("outcomes", RelationshipFormats.OUTCOME, b::addAllOutcomes);
        in.list("responsibilityAreas", AREA, b::addAllResponsibilityAreas);
        in.req("governance", GOVERNANCE, b::governance);
        in.list("kpis", KpiFormats.KPI, b::addAllKpis);
        in.opt("feeSchedule", FEE_SCHEDULE, b::feeSchedule);
        in.opt("missingDataPolicy", enumOf(MissingDataPolicy.class), b::missingDataPolicy);
        in.opt("precision", PRECISION, b::precision);
        // documents written before 0.2.0 have no standings: the standard ones apply
        in.opt("standings", MonthEndFormats.STANDINGS, b::standings);
        in.opt("incentiveScheme", IncentiveFormats.SCHEME, b::incentiveScheme);
        in.list("supplierSchemes", IncentiveFormats.SCHEME, b::addAllSupplierSchemes);
        in.opt("jointArrangement", MultiSupplierFormats.JOINT_ARRANGEMENT, b::jointArrangement);
        in.list("scopes", SCOPE, b::addAllScopes);
        return in.build(b::build);
    }

    private static void writeAgreement(Out out, Agreement a) throws IOException {
        out.begin();
        out.text("id", a.id());
        out.text("title", a.title());
        out.enumValue("phase", a.phase());
        out.text("currency", a.currency().getCurrencyCode());
        out.list("parties", a.parties(), PARTY_OUT);
        out.value("term", a.term(), LifecycleFormats.CONTRACT_TERM_OUT);
        out.opt("sharedVision", a.sharedVision(), TEXT_OUT);
        out.list("goals", a.goals(), TEXT_OUT);
        // written only when present: an agreement without desired outcomes reads and writes as before
        if (!a.outcomes().isEmpty()) {
            out.list("outcomes", a.outcomes(), RelationshipFormats.OUTCOME_OUT);
        }
        out.list("responsibilityAreas", a.responsibilityAreas(), AREA_OUT);
        out.value("governance", a.governance(), GOVERNANCE_OUT);
        out.list("kpis", a.kpis(), KpiFormats.KPI_OUT);
        out.value("feeSchedule", a.feeSchedule(), FEE_SCHEDULE_OUT);
        out.enumValue("missingDataPolicy", a.missingDataPolicy());
        // written only when declared: an agreement at the standard precision reads and writes as before
        out.opt("precision", Optional.of(a.precision()).filter(p -> !p.isStandard()), PRECISION_OUT);
        // written only when declared: an agreement with the standard standings reads and writes as before
        out.opt("standings", Optional.of(a.standings()).filter(s -> !s.equals(Standings.standard())),
                MonthEndFormats.STANDINGS_OUT);
        out.opt("incentiveScheme", a.incentiveScheme(), IncentiveFormats.SCHEME_OUT);
        // written only when present: a single-supplier agreement reads and writes as before
        if (!a.supplierSchemes().isEmpty()) {
            out.list("supplierSchemes", a.supplierSchemes(), IncentiveFormats.SCHEME_OUT);
        }
        out.opt("jointArrangement", a.jointArrangement(), MultiSupplierFormats.JOINT_ARRANGEMENT_OUT);
        // written only when declared: an agreement without scopes reads and writes as before
        if (!a.scopes().isEmpty()) {
            out.list("scopes", a.scopes(), SCOPE_OUT);
        }
        out.end();
    }

    private static Precision readPrecision(In in) {
        in.object("a precision");
        int[] decimals = {Precision.DEFAULT_DECIMALS, Precision.DEFAULT_DECIMALS, Precision.DEFAULT_DECIMALS};
        in.opt("periodValueDecimals", Scalars.INT, d -> decimals[0] = d);
        in.opt("attainmentDecimals", Scalars.INT, d -> decimals[1] = d);
        in.opt("scoreDecimals", Scalars.INT, d -> decimals[2] = d);
        return in.build(() -> Precision.of(decimals[0], decimals[1], decimals[2]));
    }

    private static void writePrecision(Out out, Precision p) throws IOException {
        out.begin();
        out.integer("periodValueDecimals", p.periodValueDecimals());
        out.integer("attainmentDecimals", p.attainmentDecimals());
        out.integer("scoreDecimals", p.scoreDecimals());
        out.end();
    }

    // ---------------------------------------------------------------- parties and areas

    private static Party readParty(In in) {
        in.object("a party");
        Party.Builder b = Party.builder();
        in.req("id", TEXT, b::id);
        in.req("name", TEXT, b::name);
        in.req("kind", enumOf(PartyKind.class), b::kind);
        in.opt("lead", Scalars.BOOL, b::lead);
        return in.build(b::build);
    }

    private static ResponsibilityArea readArea(In in) {
        in.object("a responsibility area");
        ResponsibilityArea.Builder b = ResponsibilityArea.builder();
        in.req("id", TEXT, b::id);
        in.req("name", TEXT, b::name);
        in.req("owner", TEXT, b::owner);
        in.opt("description", TEXT, b::description);
        return in.build(b::build);
    }

    private static dev.partnering.agreement.Scope readScope(In in) {
        in.object("a scope");
        dev.partnering.agreement.Scope.Builder b = dev.partnering.agreement.Scope.builder();
        in.req("id", TEXT, b::id);
        in.req("name", TEXT, b::name);
        in.opt("volume", Scalars.DECIMAL, b::volume);
        return in.build(b::build);
    }

    // ---------------------------------------------------------------- fees

    private static PeriodFee readPeriodFee(In in) {
        in.object("a period fee");
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        Money amount = in.req("amount", MONEY);
        return in.build(() -> PeriodFee.of(period, amount));
    }

    private static FeeSchedule readFeeSchedule(In in) {
        in.object("a fee schedule");
        List<PeriodFee> fees = in.list("fees", PERIOD_FEE);
        return in.build(() -> FeeSchedule.builder().addAllFees(fees).build());
    }

    // ---------------------------------------------------------------- governance

    private static Governance readGovernance(In in) {
        in.object("a governance");
        Governance.Builder b = Governance.builder();
        in.list("levels", enumOf(GovernanceLevel.class), levels -> {
            if (levels.stream().distinct().count() < levels.size()) {
                in.reading.problem(JsonPaths.field(in.path(), "levels"), "a level is listed more than once: " + levels);
            }
            b.addAllLevels(levels);
        });
        in.list("roles", ROLE, b::addAllRoles);
        in.list("forums", FORUM, b::addAllForums);
        in.req("escalationPolicy", ESCALATION, b::escalationPolicy);
        return in.build(b::build);
    }

    private static void writeGovernance(Out out, Governance g) throws IOException {
        out.begin();
        out.list("levels", g.levelsInOrder(), Scalars.ENUM_OUT);
        out.list("roles", g.roles(), ROLE_OUT);
        out.list("forums", g.forums(), FORUM_OUT);
        out.value("escalationPolicy", g.escalationPolicy(), ESCALATION_OUT);
        out.end();
    }

    private static Role readRole(In in) {
        in.object("a role");
        Role.Builder b = Role.builder();
        in.req("id", TEXT, b::id);
        in.req("title", TEXT, b::title);
        in.req("party", TEXT, b::party);
        in.req("level", enumOf(GovernanceLevel.class), b::level);
        in.req("mandate", TEXT, b::mandate);
        in.opt("counterpart", TEXT, b::counterpart);
        in.opt("holder", TEXT, b::holder);
        return in.build(b::build);
    }

    private static Forum readForum(In in) {
        in.object("a forum");
        Forum.Builder b = Forum.builder();
        in.req("id", TEXT, b::id);
        in.req("name", TEXT, b::name);
        in.req("level", enumOf(GovernanceLevel.class), b::level);
        in.req("cadence", enumOf(Cadence.class), b::cadence);
        in.list("participants", TEXT, b::addAllParticipants);
        return in.build(b::build);
    }

    private static void writeForum(Out out, Forum f) throws IOException {
        out.begin();
        out.text("id", f.id());
        out.text("name", f.name());
        out.enumValue("level", f.level());
        out.enumValue("cadence", f.cadence());
        out.list("participants", f.participants(), TEXT_OUT);
        out.end();
    }

    private static EscalationPolicy readEscalation(In in) {
        in.object("an escalation policy");
        Map<GovernanceLevel, Duration> times = in.enumMap("timeAllowed", GovernanceLevel.class, DURATION);
        return in.build(() -> EscalationPolicy.builder().putAllTimeAllowed(times).build());
    }

    private static void writeEscalation(Out out, EscalationPolicy p) throws IOException {
        out.begin();
        out.enumMap("timeAllowed", GovernanceLevel.class, p.timeAllowed(), Scalars.DURATION_OUT);
        out.end();
    }
}
