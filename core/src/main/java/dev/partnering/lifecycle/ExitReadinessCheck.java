package dev.partnering.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.partnering.agreement.Agreement;

/**
 * The check before an agreement enters RENEWAL or EXIT, the last stage of a collaborative
 * relationship. Even a renewal keeps the way out prepared. It reports every gap at once:
 * <ul>
 * <li>{@link ReadinessRequirement#EXIT_TRANSITION_PERIOD}: the plan gives a transition period;</li>
 * <li>{@link ReadinessRequirement#DATA_AND_DOCUMENTATION_RETURNS}: at least one data return and
 *     one documentation return, each by a party of the agreement;</li>
 * <li>{@link ReadinessRequirement#KNOWLEDGE_TRANSFER_OWNER}: the plan names a role of the
 *     governance as owner of knowledge transfer;</li>
 * <li>{@link ReadinessRequirement#OPEN_FINANCIAL_ITEMS}: the open items were reviewed (a review date,
 *     even if nothing is open), each in the agreement's currency, between parties of the agreement.</li>
 * </ul>
 * The check is stateless and never mutates its inputs. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExitReadinessCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ExitReadinessCheck.class);

    private ExitReadinessCheck() {
    }

    /**
     * Runs the exit readiness check.
     *
     * @param agreement  the agreement, not null
     * @param plan  its exit plan as drafted so far, not null (an empty plan reports every gap)
     * @return the report with every gap, never null
     */
    public static ReadinessReport run(Agreement agreement, ExitPlan plan) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(plan, "plan");
        List<ReadinessGap> gaps = new ArrayList<>();
        if (plan.transitionPeriod().isEmpty()) {
            gaps.add(new ReadinessGap(ReadinessRequirement.EXIT_TRANSITION_PERIOD, "transitionPeriod",
                    "the exit plan has no transition period"));
        }
        returns(agreement, plan, gaps);
        knowledgeTransfer(agreement, plan, gaps);
        financialItems(agreement, plan, gaps);
        ReadinessReport report = new ReadinessReport("Exit readiness check", agreement.id(), ReadinessRequirement.exit(), gaps);
        LOG.debug("{}", report);
        return report;
    }

    private static void returns(Agreement a, ExitPlan plan, List<ReadinessGap> gaps) {
        ReadinessRequirement r = ReadinessRequirement.DATA_AND_DOCUMENTATION_RETURNS;
        for (ReturnKind kind : ReturnKind.values()) {
            if (plan.returns().stream().noneMatch(o -> o.kind() == kind)) {
                gaps.add(new ReadinessGap(r, "returns", "the exit plan names no one to return the "
                        + kind.name().toLowerCase()));
            }
        }
        for (int i = 0; i < plan.returns().size(); i++) {
            ReturnObligation o = plan.returns().get(i);
            if (a.party(o.responsibleParty()).isEmpty()) {
                gaps.add(new ReadinessGap(r, "returns[" + i + "].responsibleParty", "'" + o.what() + "' is to be returned by '"
                        + o.responsibleParty() + "', which is not a party of the agreement"));
            }
        }
    }

    private static void knowledgeTransfer(Agreement a, ExitPlan plan, List<ReadinessGap> gaps) {
        ReadinessRequirement r = ReadinessRequirement.KNOWLEDGE_TRANSFER_OWNER;
        if (plan.knowledgeTransferOwner().isEmpty()) {
            gaps.add(new ReadinessGap(r, "knowledgeTransferOwner", "the exit plan names no owner of knowledge transfer"));
        } else if (a.governance().role(plan.knowledgeTransferOwner().get()).isEmpty()) {
            gaps.add(new ReadinessGap(r, "knowledgeTransferOwner", "knowledge transfer is owned by '"
                    + plan.knowledgeTransferOwner().get() + "', which is not a role of the governance"));
        }
    }

    private static void financialItems(Agreement a, ExitPlan plan, List<ReadinessGap> gaps) {
        ReadinessRequirement r = ReadinessRequirement.OPEN_FINANCIAL_ITEMS;
        if (plan.financialItemsReviewedOn().isEmpty()) {
            gaps.add(new ReadinessGap(r, "financialItemsReviewedOn", "the open financial items have not been reviewed: "
                    + "list the unsettled credits and pending gain share, or confirm that none are open"));
        }
        for (int i = 0; i < plan.openFinancialItems().size(); i++) {
            OpenFinancialItem item = plan.openFinancialItems().get(i);
            String path = "openFinancialItems[" + i + "]";
            if (!a.isInCurrency(item.amount())) {
                gaps.add(new ReadinessGap(r, path + ".amount", "open item '" + item.description() + "' is in "
                        + item.amount().currency().getCurrencyCode() + ", the agreement in " + a.currency().getCurrencyCode()));
            }
            for (String party : List.of(item.owedBy(), item.owedTo())) {
                if (a.party(party).isEmpty()) {
                    gaps.add(new ReadinessGap(r, path + (party.equals(item.owedBy()) ? ".owedBy" : ".owedTo"), "open item '"
                            + item.description() + "' names '" + party + "', which is not a party of the agreement"));
                }
            }
        }
    }
}
