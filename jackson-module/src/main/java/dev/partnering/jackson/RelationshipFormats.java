package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.CURRENCY;
import static dev.partnering.jackson.Scalars.DATE;
import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.INT;
import static dev.partnering.jackson.Scalars.MONEY;
import static dev.partnering.jackson.Scalars.MONEY_OUT;
import static dev.partnering.jackson.Scalars.PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.partnering.action.Action;
import dev.partnering.action.ActionCounts;
import dev.partnering.action.ActionReport;
import dev.partnering.action.ActionStatus;
import dev.partnering.action.Decision;
import dev.partnering.action.Minutes;
import dev.partnering.action.RegisteredAction;
import dev.partnering.action.RemedyLink;
import dev.partnering.governance.EscalationOutcome;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.improvement.Initiative;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.improvement.PipelineCell;
import dev.partnering.incentive.Remedy;
import dev.partnering.risk.Risk;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskScale;
import dev.partnering.risk.RiskStatus;

/**
 * Relationship management: minutes with decisions and actions, escalation
 * outcomes, the joint risk register and the improvement backlog, and their reports. The simple
 * values are written through their mix-ins ({@link dev.partnering.jackson.common.mixin.PartneringMixins});
 * every value is read here except the desired outcomes, read through their builder.
 * <p>
 * The action report, the risk review, the backlog report, the outcome coverage and outcome
 * progress are written only: they do not hold everything they were computed from (the governance
 * that places the actions, the parties, the agreement's KPIs, the scorecards), so they cannot be
 * checked when read; recompute them instead. Their parts (action counts, registered actions, risk
 * assessments, pipeline cells) are read through their constructors, like the parts of the
 * governance report.
 */
final class RelationshipFormats {

    private RelationshipFormats() {
    }

    // decisions and actions
    static final ValueReader<Decision> DECISION = RelationshipFormats::readDecision;
    static final ValueWriter<Decision> DECISION_OUT = Writing.jackson(Decision.class);
    static final ValueReader<RemedyLink> REMEDY_LINK = RelationshipFormats::readRemedyLink;
    static final ValueWriter<RemedyLink> REMEDY_LINK_OUT = Writing.jackson(RemedyLink.class);
    static final ValueReader<Action> ACTION = RelationshipFormats::readAction;
    static final ValueWriter<Action> ACTION_OUT = Writing.jackson(Action.class);
    static final ValueReader<Minutes> MINUTES = RelationshipFormats::readMinutes;
    static final ValueWriter<Minutes> MINUTES_OUT = RelationshipFormats::writeMinutes;
    static final ValueWriter<ActionReport> ACTION_REPORT_OUT = RelationshipFormats::writeActionReport;
    private static final ValueWriter<RegisteredAction> REGISTERED_OUT = Writing.jackson(RegisteredAction.class);
    private static final ValueWriter<ActionCounts> COUNTS_OUT = Writing.jackson(ActionCounts.class);

    // escalation outcomes
    static final ValueReader<EscalationOutcome> ESCALATION_OUTCOME = RelationshipFormats::readEscalationOutcome;
    static final ValueWriter<EscalationOutcome> ESCALATION_OUTCOME_OUT = Writing.jackson(EscalationOutcome.class);

    // risks
    static final ValueReader<RiskScale> SCALE = RelationshipFormats::readScale;
    static final ValueWriter<RiskScale> SCALE_OUT = Writing.jackson(RiskScale.class);
    static final ValueReader<Risk> RISK = RelationshipFormats::readRisk;
    static final ValueWriter<Risk> RISK_OUT = Writing.jackson(Risk.class);
    static final ValueReader<RiskRegister> RISK_REGISTER = RelationshipFormats::readRiskRegister;
    static final ValueWriter<RiskRegister> RISK_REGISTER_OUT = RelationshipFormats::writeRiskRegister;

    // the improvement backlog
    static final ValueReader<Initiative> INITIATIVE = RelationshipFormats::readInitiative;
    static final ValueWriter<Initiative> INITIATIVE_OUT = Writing.jackson(Initiative.class);
    static final ValueReader<ImprovementBacklog> BACKLOG = RelationshipFormats::readBacklog;
    static final ValueWriter<ImprovementBacklog> BACKLOG_OUT = RelationshipFormats::writeBacklog;
    static final ValueWriter<BacklogReport> BACKLOG_REPORT_OUT = RelationshipFormats::writeBacklogReport;
    private static final ValueWriter<PipelineCell> CELL_OUT = Writing.jackson(PipelineCell.class);

    // ---------------------------------------------------------------- outcomes

    // ---------------------------------------------------------------- decisions and actions

    private static Decision readDecision(In in) {
        in.object("a decision");
        String id = in.req("id", TEXT);
        String text = in.req("text", TEXT);
        GovernanceLevel level = in.req("level", enumOf(GovernanceLevel.class));
        LocalDate date = in.req("date", DATE);
        return in.build(() -> Decision.of(id, text, level, date));
    }

    private static RemedyLink readRemedyLink(In in) {
        in.object("a link to a remedy finding");
        Remedy remedy = in.req("remedy", enumOf(Remedy.class));
        dev.partnering.period.ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        return in.build(() -> new RemedyLink(remedy, period));
    }

    private static Action readAction(In in) {
        in.object("an action");
        Action.Builder b = Action.builder();
        in.req("id", TEXT, b::id);
        in.req("description", TEXT, b::description);
        in.req("owner", TEXT, b::owner);
        in.req("ownerRole", TEXT, b::ownerRole);
        in.req("due", DATE, b::due);
        in.opt("status", enumOf(ActionStatus.class), b::status);
        in.opt("closedOn", DATE, b::closedOn);
        in.opt("decision", TEXT, b::decision);
        in.opt("escalation", TEXT, b::escalation);
        in.opt("remedy", REMEDY_LINK, b::remedy);
        in.opt("risk", TEXT, b::risk);
        return in.build(b::build);
    }

    private static Minutes readMinutes(In in) {
        in.object("the minutes of a forum meeting");
        Minutes.Builder b = Minutes.builder();
        in.req("meeting", GovernanceFormats.MEETING, b::meeting);
        in.list("decisions", DECISION, b::addAllDecisions);
        in.list("actions", ACTION, b::addAllActions);
        return in.build(b::build);
    }

    private static void writeMinutes(Out out, Minutes m) throws IOException {
        out.begin();
        out.value("meeting", m.meeting(), GovernanceFormats.MEETING_OUT);
        out.list("decisions", m.decisions(), DECISION_OUT);
        out.list("actions", m.actions(), ACTION_OUT);
        out.end();
    }

    /** A result written only; by hand, as it names its overdue and late actions by id. */
    private static void writeActionReport(Out out, ActionReport r) throws IOException {
        out.begin();
        out.value("asOf", r.asOf(), DATE_OUT);
        out.list("actions", r.actions(), REGISTERED_OUT);
        out.value("total", r.total(), COUNTS_OUT);
        out.map("byParty", r.byParty(), COUNTS_OUT);
        out.enumMap("byLevel", GovernanceLevel.class, r.byLevel(), COUNTS_OUT);
        out.list("overdue", r.overdue().stream().map(RegisteredAction::id).toList(), TEXT_OUT);
        out.list("doneLate", r.doneLate().stream().map(RegisteredAction::id).toList(), TEXT_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- escalation outcomes

    private static EscalationOutcome readEscalationOutcome(In in) {
        in.object("the outcome of an escalation");
        EscalationOutcome.Kind kind = in.req("kind", enumOf(EscalationOutcome.Kind.class));
        String reference = in.req("reference", TEXT);
        return in.build(() -> new EscalationOutcome(kind, reference));
    }

    // ---------------------------------------------------------------- risks

    private static RiskScale readScale(In in) {
        in.object("a risk scale");
        String name = in.req("name", TEXT);
        List<String> levels = in.list("levels", TEXT);
        return in.build(() -> new RiskScale(name, levels));
    }

    private static Risk readRisk(In in) {
        in.object("a risk");
        Risk.Builder b = Risk.builder();
        in.req("id", TEXT, b::id);
        in.req("title", TEXT, b::title);
        in.req("owner", TEXT, b::owner);
        in.req("likelihood", INT, b::likelihood);
        in.req("impact", INT, b::impact);
        in.req("identifiedOn", DATE, b::identifiedOn);
        in.opt("lastReviewed", DATE, b::lastReviewed);
        in.req("reviewBy", DATE, b::reviewBy);
        in.opt("status", enumOf(RiskStatus.class), b::status);
        return in.build(b::build);
    }

    private static RiskRegister readRiskRegister(In in) {
        in.object("a risk register");
        RiskRegister.Builder b = RiskRegister.builder();
        in.opt("likelihoodScale", SCALE, b::likelihoodScale);
        in.opt("impactScale", SCALE, b::impactScale);
        in.opt("highFrom", INT, b::highFrom);
        in.list("risks", RISK, b::addAllRisks);
        return in.build(b::build);
    }

    private static void writeRiskRegister(Out out, RiskRegister r) throws IOException {
        out.begin();
        out.value("likelihoodScale", r.likelihoodScale(), SCALE_OUT);
        out.value("impactScale", r.impactScale(), SCALE_OUT);
        out.integer("highFrom", r.highFrom());
        out.list("risks", r.risks(), RISK_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- the improvement backlog

    private static Initiative readInitiative(In in) {
        in.object("an initiative");
        Initiative.Builder b = Initiative.builder();
        in.req("id", TEXT, b::id);
        in.req("title", TEXT, b::title);
        in.req("proposer", TEXT, b::proposer);
        in.req("decidedBy", enumOf(GovernanceLevel.class), b::decidedBy);
        in.opt("status", enumOf(InitiativeStatus.class), b::status);
        in.req("proposedOn", DATE, b::proposedOn);
        in.opt("decidedOn", DATE, b::decidedOn);
        in.opt("deliveredOn", DATE, b::deliveredOn);
        in.req("expectedBenefit", MONEY, b::expectedBenefit);
        in.opt("realisedBenefit", MONEY, b::realisedBenefit);
        in.opt("gainShare", TEXT, b::gainShare);
        return in.build(b::build);
    }

    private static ImprovementBacklog readBacklog(In in) {
        in.object("an improvement backlog");
        ImprovementBacklog.Builder b = ImprovementBacklog.builder();
        in.req("currency", CURRENCY, b::currency);
        in.opt("decisionWithin", PERIOD, b::decisionWithin);
        in.list("initiatives", INITIATIVE, b::addAllInitiatives);
        return in.build(b::build);
    }

    private static void writeBacklog(Out out, ImprovementBacklog b) throws IOException {
        out.begin();
        out.text("currency", b.currency().getCurrencyCode());
        out.value("decisionWithin", b.decisionWithin(), Scalars.PERIOD_OUT);
        out.list("initiatives", b.initiatives(), INITIATIVE_OUT);
        out.end();
    }

    /** A result written only; by hand, as it names its unmeasured and stalled initiatives by id. */
    private static void writeBacklogReport(Out out, BacklogReport r) throws IOException {
        out.begin();
        out.value("asOf", r.asOf(), DATE_OUT);
        out.list("initiatives", r.initiatives(), INITIATIVE_OUT);
        out.list("pipeline", r.pipeline(), CELL_OUT);
        out.value("expectedDelivered", r.expectedDelivered(), MONEY_OUT);
        out.value("realised", r.realised(), MONEY_OUT);
        out.list("unmeasured", r.unmeasured().stream().map(Initiative::id).toList(), TEXT_OUT);
        out.integer("proposedBySuppliers", r.proposedBySuppliers());
        out.opt("supplierShare", r.supplierShare(), DECIMAL_OUT);
        out.list("stalled", r.stalled().stream().map(Initiative::id).toList(), TEXT_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }
}
