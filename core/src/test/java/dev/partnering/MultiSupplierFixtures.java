package dev.partnering;

import static dev.partnering.Fixtures.START;

import java.math.BigDecimal;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.party.Accountability;
import dev.partnering.party.Party;

/**
 * One customer and three suppliers in one room: acme (lead, service desk), globex (servers) and
 * netco (network). Each supplier answers for one KPI, the suppliers jointly for end-user
 * satisfaction, and the customer side for its decision time.
 */
public final class MultiSupplierFixtures {

    public static final String NETCO = "netco";
    public static final String NETWORK = "network-uptime";
    public static final String END_USER = "end-user-satisfaction";
    public static final String DECISIONS = "decision-days";

    private MultiSupplierFixtures() {
    }

    /** @return the customer, acme (lead), globex and netco */
    public static List<Party> parties() {
        return List.of(Fixtures.customer(), Fixtures.leadSupplier(), Fixtures.supplier(),
                Party.supplier(NETCO, "NetCo Networks"));
    }

    /** @return network uptime %, 99.0 / 99.8, weight 1 */
    public static KpiDefinition networkUptime() {
        return KpiDefinition.builder().id(NETWORK).name("Network uptime").unit("%").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("99.0"), new BigDecimal("99.8")).effectiveFrom(START)
                .accountability(Accountability.supplier(NETCO)).build();
    }

    /** @return end-user satisfaction 1–5, minimum 3, target 4, joint, weight 2 */
    public static KpiDefinition endUserSatisfaction() {
        return KpiDefinition.builder().id(END_USER).name("End-user satisfaction").unit("score 1-5")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("3"), new BigDecimal("4"))
                .weight(new BigDecimal("2")).aggregation(AggregationRule.mean()).effectiveFrom(START)
                .accountability(Accountability.joint()).build();
    }

    /** @return days to decide a change request, lower is better, minimum 10, target 5, customer side */
    public static KpiDefinition decisionDays() {
        return KpiDefinition.builder().id(DECISIONS).name("Change requests decided").unit("working days")
                .direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("10"), new BigDecimal("5"))
                .effectiveFrom(START).accountability(Accountability.customerSide()).build();
    }

    /** @return server availability %, 99.0 / 99.5, weight 2, globex */
    public static KpiDefinition availability() {
        return KpiDefinition.builder().id(Fixtures.AVAILABILITY).name("Server availability").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"))
                .weight(new BigDecimal("2")).effectiveFrom(START)
                .accountability(Accountability.supplier(Fixtures.SUPPLIER)).build();
    }

    /** @return tickets within SLA, ratio, 0.90 / 0.95, acme */
    public static KpiDefinition ticketSla() {
        return KpiDefinition.builder().id(Fixtures.TICKET_SLA).name("Tickets within SLA").unit("share")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("0.90"), new BigDecimal("0.95"))
                .aggregation(AggregationRule.ratio()).effectiveFrom(START)
                .accountability(Accountability.supplier(Fixtures.LEAD_SUPPLIER)).build();
    }

    /**
     * @return availability (globex), ticket SLA (acme), network uptime (netco), end-user
     *         satisfaction (joint), decision days (customer side)
     */
    public static List<KpiDefinition> kpis() {
        return List.of(availability(), ticketSla(), networkUptime(), endUserSatisfaction(), decisionDays());
    }

    /** @return a builder with the parties, governance, KPIs, currency and fees set; no incentive scheme */
    public static Agreement.Builder agreementBuilder() {
        return Fixtures.agreementBuilder().addAllParties(parties()).addAllResponsibilityAreas(Fixtures.responsibilityAreas())
                .governance(Fixtures.governance()).addAllKpis(kpis()).currency(Fixtures.SEK)
                .feeSchedule(Fixtures.feeSchedule());
    }

    /** @return acme's scheme: a bonus of −1,000.00 SEK at score 0 rising to +1,000.00 SEK at score 1 */
    public static dev.partnering.incentive.IncentiveScheme acmeScheme() {
        return dev.partnering.incentive.IncentiveScheme.builder().supplier(Fixtures.LEAD_SUPPLIER)
                .addComponents(curve("acme-bonus", "-1000", "1000")).build();
    }

    /** @return globex's scheme: 10 % of the fee at risk, 20 % of it allocated to availability */
    public static dev.partnering.incentive.IncentiveScheme globexScheme() {
        return dev.partnering.incentive.IncentiveScheme.builder().supplier(Fixtures.SUPPLIER)
                .addComponents(dev.partnering.incentive.AtRiskPool.builder().id("globex-credits").atRiskPercent(new BigDecimal("10"))
                        .allocate(Fixtures.AVAILABILITY, new BigDecimal("20")).build())
                .build();
    }

    /** @return netco's scheme: a bonus of 0 at score 0 rising to 3,000.00 SEK at score 1 */
    public static dev.partnering.incentive.IncentiveScheme netcoScheme() {
        return dev.partnering.incentive.IncentiveScheme.builder().supplier(NETCO).addComponents(curve("netco-bonus", "0", "3000"))
                .build();
    }

    /**
     * @return the joint arrangement: a shared gain share of 50 % of savings and a bonus of 0 to
     *         1,000.00 SEK on the joint score, split acme 50 %, globex 30 %, netco 20 %, acme relaying
     */
    public static dev.partnering.incentive.JointArrangement joint() {
        return dev.partnering.incentive.JointArrangement.builder()
                .jointScheme(dev.partnering.incentive.IncentiveScheme.builder()
                        .addComponents(dev.partnering.incentive.GainShare.builder().id("shared-gain")
                                .tier(Fixtures.sek("0"), new BigDecimal("50")).build(), curve("joint-bonus", "0", "1000"))
                        .build())
                .share(Fixtures.LEAD_SUPPLIER, new BigDecimal("50")).share(Fixtures.SUPPLIER, new BigDecimal("30"))
                .share(NETCO, new BigDecimal("20")).leadPassThrough(true).build();
    }

    /** @return a bonus curve in SEK from score 0 to score 1 */
    public static dev.partnering.incentive.BonusMalusCurve curve(String id, String atZero, String atOne) {
        return dev.partnering.incentive.BonusMalusCurve.builder().id(id).unit(dev.partnering.incentive.BonusMalusCurve.Unit.AMOUNT)
                .point(BigDecimal.ZERO, new BigDecimal(atZero)).point(BigDecimal.ONE, new BigDecimal(atOne)).build();
    }

    /** @return the agreement with the three suppliers' schemes and the joint arrangement */
    public static Agreement withIncentives() {
        return agreementBuilder().addSupplierSchemes(acmeScheme(), globexScheme(), netcoScheme()).jointArrangement(joint()).build();
    }

    /**
     * @return the agreement with globex's scheme watching availability below minimum (a remediation
     *         plan) and a joint scheme watching end-user satisfaction below minimum (step-in)
     */
    public static Agreement withRemedies() {
        dev.partnering.incentive.IncentiveScheme globex = dev.partnering.incentive.IncentiveScheme.builder().supplier(Fixtures.SUPPLIER)
                .addComponents(curve("globex-bonus", "0", "100"))
                .addRemedyTriggers(dev.partnering.incentive.RemedyTrigger.consecutiveBelowMinimum(Fixtures.AVAILABILITY, 1,
                        dev.partnering.incentive.Remedy.REMEDIATION_PLAN)).build();
        dev.partnering.incentive.JointArrangement joint = dev.partnering.incentive.JointArrangement.builder()
                .jointScheme(dev.partnering.incentive.IncentiveScheme.builder().addComponents(curve("joint-bonus", "0", "100"))
                        .addRemedyTriggers(dev.partnering.incentive.RemedyTrigger.consecutiveBelowMinimum(END_USER, 1,
                                dev.partnering.incentive.Remedy.STEP_IN)).build())
                .share(Fixtures.LEAD_SUPPLIER, new BigDecimal("50")).share(Fixtures.SUPPLIER, new BigDecimal("30"))
                .share(NETCO, new BigDecimal("20")).build();
        return agreementBuilder().addSupplierSchemes(globex).jointArrangement(joint).build();
    }

    /** @return measurements of March 2026 for every KPI: availability 99.25, SLA 93/100, network 99.8, end user 3.5, decisions 5 */
    public static List<dev.partnering.kpi.Measurement> march() {
        return List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.25"),
                Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, "2026-03", "93", "100"),
                Fixtures.measurement(NETWORK, "2026-03", "99.8"), Fixtures.measurement(END_USER, "2026-03", "3.5"),
                Fixtures.measurement(DECISIONS, "2026-03", "5"));
    }

    /** @return March 2026 below both remedy thresholds: availability 98.9, end user 2.5 */
    public static List<dev.partnering.kpi.Measurement> marchBelowMinimum() {
        return List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "98.9"), Fixtures.measurement(END_USER, "2026-03", "2.5"));
    }

    /** @return the agreement without incentives */
    public static Agreement agreement() {
        return agreementBuilder().build();
    }
}
