package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.BOOL;
import static dev.partnering.jackson.Scalars.MONEY;
import static dev.partnering.jackson.Scalars.MONEY_OUT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.PartyRemedy;
import dev.partnering.incentive.Payment;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.incentive.SupplierStatement;
import dev.partnering.money.Money;
import dev.partnering.party.Accountability;
import dev.partnering.period.ReportingPeriod;

/** The formats of several suppliers in one room: accountability, joint arrangement, party scorecards and statements. */
final class MultiSupplierFormats {

    static final String SUPPLIER = "supplier";
    static final String CUSTOMER_SIDE = "customer-side";
    static final String JOINT = "joint";

    static final ValueReader<Accountability> ACCOUNTABILITY = Families.byType("accountability", accountabilities());
    static final ValueReader<JointArrangement> JOINT_ARRANGEMENT = Reading.jackson(JointArrangement.class);
    static final ValueWriter<JointArrangement> JOINT_ARRANGEMENT_OUT = Writing.jackson(JointArrangement.class);
    static final ValueWriter<dev.partnering.analysis.MultiSupplierBackTest> MULTI_BACK_TEST_OUT = MultiSupplierFormats::writeBackTest;
    private static final ValueWriter<dev.partnering.analysis.BackTest.Row> BACK_TEST_ROW_OUT =
            Writing.jackson(dev.partnering.analysis.BackTest.Row.class);
    static final ValueReader<Payment> PAYMENT = MultiSupplierFormats::readPayment;
    static final ValueWriter<Payment> PAYMENT_OUT = MultiSupplierFormats::writePayment;
    static final ValueReader<PartyRemedy> PARTY_REMEDY = MultiSupplierFormats::readRemedy;
    static final ValueWriter<PartyRemedy> PARTY_REMEDY_OUT = MultiSupplierFormats::writeRemedy;
    static final ValueReader<SupplierPeriod> SUPPLIER_PERIOD = MultiSupplierFormats::readSupplierPeriod;
    static final ValueWriter<SupplierPeriod> SUPPLIER_PERIOD_OUT = MultiSupplierFormats::writeSupplierPeriod;
    static final ValueReader<SupplierStatement> SUPPLIER_STATEMENT = MultiSupplierFormats::readSupplierStatement;
    static final ValueWriter<SupplierStatement> SUPPLIER_STATEMENT_OUT = MultiSupplierFormats::writeSupplierStatement;
    static final ValueReader<ConsolidatedPeriod> CONSOLIDATED_PERIOD = MultiSupplierFormats::readConsolidated;
    static final ValueWriter<ConsolidatedPeriod> CONSOLIDATED_PERIOD_OUT = MultiSupplierFormats::writeConsolidated;
    static final ValueReader<MultiSupplierStatement> MULTI_STATEMENT = MultiSupplierFormats::readMulti;
    static final ValueWriter<MultiSupplierStatement> MULTI_STATEMENT_OUT = MultiSupplierFormats::writeMulti;

    private MultiSupplierFormats() {
    }

    private static Map<String, ValueReader<? extends Accountability>> accountabilities() {
        Map<String, ValueReader<? extends Accountability>> m = new LinkedHashMap<>();
        m.put(SUPPLIER, in -> {
            String party = in.req("partyId", TEXT);
            return in.build(() -> Accountability.supplier(party));
        });
        m.put(CUSTOMER_SIDE, in -> in.build(Accountability::customerSide));
        m.put(JOINT, in -> in.build(Accountability::joint));
        return m;
    }

    /** A result written only; by hand, as its rows per supplier are written as a list of objects that name the supplier. */
    private static void writeBackTest(Out out, dev.partnering.analysis.MultiSupplierBackTest t) throws IOException {
        out.begin();
        out.list("suppliers", List.copyOf(t.suppliers().entrySet()), (o, e) -> {
            o.begin();
            o.text("supplierId", e.getKey());
            o.list("rows", e.getValue(), BACK_TEST_ROW_OUT);
            o.end();
        });
        out.list("whole", t.whole(), BACK_TEST_ROW_OUT);
        out.value("current", t.current(), MULTI_STATEMENT_OUT);
        out.value("proposed", t.proposed(), MULTI_STATEMENT_OUT);
        out.value("explanation", t.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    private static Payment readPayment(In in) {
        in.object("a payment");
        String from = in.req("from", TEXT);
        String to = in.req("to", TEXT);
        Money amount = in.req("amount", MONEY);
        String supplier = in.req("supplierId", TEXT);
        Payment.Basis basis = in.req("basis", enumOf(Payment.Basis.class));
        boolean relay = in.opt("relay", BOOL).orElse(false);
        return in.build(() -> new Payment(from, to, amount, supplier, basis, relay));
    }

    private static void writePayment(Out out, Payment p) throws IOException {
        out.begin();
        out.text("from", p.from());
        out.text("to", p.to());
        out.value("amount", p.amount(), MONEY_OUT);
        out.text("supplierId", p.supplierId());
        out.enumValue("basis", p.basis());
        out.bool("relay", p.relay());
        out.end();
    }

    private static PartyRemedy readRemedy(In in) {
        in.object("a party remedy");
        RemedyFinding finding = in.req("finding", IncentiveFormats.FINDING);
        List<String> against = in.list("against", TEXT);
        return in.build(() -> new PartyRemedy(finding, against));
    }

    private static void writeRemedy(Out out, PartyRemedy r) throws IOException {
        out.begin();
        out.value("finding", r.finding(), IncentiveFormats.FINDING_OUT);
        out.list("against", r.against(), TEXT_OUT);
        out.end();
    }

    private static SupplierPeriod readSupplierPeriod(In in) {
        in.object("a supplier period");
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        String supplier = in.req("supplierId", TEXT);
        Optional<PeriodStatement> own = in.opt("own", IncentiveFormats.PERIOD_STATEMENT);
        Map<String, Money> parts = in.map("jointParts", MONEY);
        Money share = in.req("jointShare", MONEY);
        Money earned = in.req("earned", MONEY);
        Money bore = in.req("bore", MONEY);
        Money limits = in.req("limits", MONEY);
        Money net = in.req("net", MONEY);
        Money passed = in.req("passedThrough", MONEY);
        Explanation explanation = in.req("explanation", ExplanationFormats.EXPLANATION);
        return in.build(() -> new SupplierPeriod(period, supplier, own, parts, share, earned, bore, limits, net, passed,
                explanation));
    }

    private static void writeSupplierPeriod(Out out, SupplierPeriod p) throws IOException {
        out.begin();
        out.value("period", p.period(), REPORTING_PERIOD_OUT);
        out.text("supplierId", p.supplierId());
        out.opt("own", p.own(), IncentiveFormats.PERIOD_STATEMENT_OUT);
        out.map("jointParts", p.jointParts(), MONEY_OUT);
        out.value("jointShare", p.jointShare(), MONEY_OUT);
        out.value("earned", p.earned(), MONEY_OUT);
        out.value("bore", p.bore(), MONEY_OUT);
        out.value("limits", p.limits(), MONEY_OUT);
        out.value("net", p.net(), MONEY_OUT);
        out.value("passedThrough", p.passedThrough(), MONEY_OUT);
        out.value("explanation", p.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    private static SupplierStatement readSupplierStatement(In in) {
        in.object("a supplier statement");
        String agreement = in.req("agreementId", TEXT);
        String supplier = in.req("supplierId", TEXT);
        List<SupplierPeriod> periods = in.list("periods", SUPPLIER_PERIOD);
        Explanation explanation = in.req("explanation", ExplanationFormats.EXPLANATION);
        return in.build(() -> new SupplierStatement(agreement, supplier, periods, explanation));
    }

    private static void writeSupplierStatement(Out out, SupplierStatement s) throws IOException {
        out.begin();
        out.text("agreementId", s.agreementId());
        out.text("supplierId", s.supplierId());
        out.list("periods", s.periods(), SUPPLIER_PERIOD_OUT);
        out.value("explanation", s.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    private static ConsolidatedPeriod readConsolidated(In in) {
        in.object("a consolidated period");
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        Map<String, SupplierPeriod> suppliers = in.map("suppliers", SUPPLIER_PERIOD);
        Optional<PeriodStatement> joint = in.opt("joint", IncentiveFormats.PERIOD_STATEMENT);
        List<Payment> payments = in.list("payments", PAYMENT);
        Map<String, Money> net = in.map("netByParty", MONEY);
        Money relayed = in.req("passedThroughLead", MONEY);
        List<PartyRemedy> remedies = in.list("remedies", PARTY_REMEDY);
        Explanation explanation = in.req("explanation", ExplanationFormats.EXPLANATION);
        return in.build(() -> new ConsolidatedPeriod(period, suppliers, joint, payments, net, relayed, remedies, explanation));
    }

    private static void writeConsolidated(Out out, ConsolidatedPeriod p) throws IOException {
        out.begin();
        out.value("period", p.period(), REPORTING_PERIOD_OUT);
        out.map("suppliers", p.suppliers(), SUPPLIER_PERIOD_OUT);
        out.opt("joint", p.joint(), IncentiveFormats.PERIOD_STATEMENT_OUT);
        out.list("payments", p.payments(), PAYMENT_OUT);
        out.map("netByParty", p.netByParty(), MONEY_OUT);
        out.value("passedThroughLead", p.passedThroughLead(), MONEY_OUT);
        out.list("remedies", p.remedies(), PARTY_REMEDY_OUT);
        out.value("explanation", p.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    private static MultiSupplierStatement readMulti(In in) {
        in.object("a multi-supplier statement");
        String agreement = in.req("agreementId", TEXT);
        List<ConsolidatedPeriod> periods = in.list("periods", CONSOLIDATED_PERIOD);
        Map<String, SupplierStatement> suppliers = in.map("suppliers", SUPPLIER_STATEMENT);
        Explanation explanation = in.req("explanation", ExplanationFormats.EXPLANATION);
        return in.build(() -> new MultiSupplierStatement(agreement, periods, suppliers, explanation));
    }

    private static void writeMulti(Out out, MultiSupplierStatement s) throws IOException {
        out.begin();
        out.text("agreementId", s.agreementId());
        out.list("periods", s.periods(), CONSOLIDATED_PERIOD_OUT);
        out.map("suppliers", s.suppliers(), SUPPLIER_STATEMENT_OUT);
        out.value("explanation", s.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }
}
