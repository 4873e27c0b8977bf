package dev.partnering.incentive;

import dev.partnering.explanation.internal.LazySteps;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.FrozenList;
import dev.partnering.internal.Limits;
import dev.partnering.internal.Secret;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.immutables.value.Value;

import dev.partnering.Violation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;

/**
 * An at-risk amount with service credits: pool P = period fee × {@linkplain #atRiskPercent() at-risk
 * percentage}. Each KPI has an allocation percentage of P (allocations may sum to more than 100 %);
 * a KPI that {@linkplain #trigger() triggers} gives a credit of P × allocation. Total credits never
 * exceed P: when they would, P is shared among the triggered KPIs in proportion to their
 * allocations (largest remainder, to the minor unit).
 * <p>
 * Precision: the pool is rounded once, HALF_EVEN, to the minor unit (from the period fee, itself
 * rounded when it is a pro-rata share of a schedule entry); each credit line is P × allocation,
 * computed from the rounded pool and rounded once; the credits are the sum of the lines, or P itself
 * split by largest remainder when the lines would exceed it.
 * <p>
 * Earn-back (optional): a credit is returned when the same KPI meets its target (status MET) in
 * each of the next {@link #earnBackPeriods()} periods; it is returned in the last of them, provided
 * those periods are part of the same calculation or carried in by its {@link OpeningBalance} (a
 * {@link CarriedCredit} can be earned back, and carried-in statuses count; the step then says
 * "carried in"). Only what the supplier actually
 * bore is returned: the net it would have received in the credit's period had the earned-back KPIs
 * not triggered, less the net it did receive. When the scheme's floor or cap held that period's net
 * (see {@link IncentiveContext.Past#netFor}), or the capped pool was shared with KPIs that are not
 * earned back, this is less than the credit lines; so a deeper miss never pays the supplier more
 * over the earn-back window than a smaller one.
 * <p>
 * Only KPIs that count on the scorecard can trigger: NOT_DETERMINED and EXCLUDED KPIs, and
 * MISSING ones under the EXCLUDE policy, neither earn nor cost. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AtRiskPool implements IncentiveComponent {

    /** The type name: {@code at-risk-pool}. */
    public static final String TYPE = "at-risk-pool";

    AtRiskPool() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableAtRiskPool.builder();
    }

    @Override
    public abstract String id();

    /** @return the share of the period fee at risk, in percent, greater than 0, at most 100 */
    public abstract BigDecimal atRiskPercent();

    /** @return the allocation of the pool per KPI id, in percent, each greater than 0 */
    public abstract Map<String, BigDecimal> allocations();

    /** @return when a KPI triggers its credit; BELOW_TARGET by default */
    @Value.Default
    public CreditTrigger trigger() {
        return CreditTrigger.BELOW_TARGET;
    }

    /** @return the consecutive periods at target that earn a credit back, if earn-back applies */
    public abstract Optional<Integer> earnBackPeriods();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ComponentOutcome evaluate(IncentiveContext context) {
        Money fee = context.requireFee(this);
        Scorecard scorecard = context.requireScorecard(this);
        ComponentOutcome fast = evaluateInLongs(context, fee, scorecard);
        return fast != null ? fast : evaluateExactly(context, fee, scorecard);
    }

    /**
     * {@link #evaluate} with every amount a {@link Money}: the general path, which {@link #evaluateInLongs} must equal.
     *
     * @param context  the period's context, not null
     * @return the outcome, never null
     */
    ComponentOutcome evaluateExactly(IncentiveContext context) {
        return evaluateExactly(context, context.requireFee(this), context.requireScorecard(this));
    }

    private ComponentOutcome evaluateExactly(IncentiveContext context, Money fee, Scorecard scorecard) {
        Money pool = pool(fee);
        // the figures each KPI's step is written from, when the explanation is read
        String[] kpis = sortedIds();
        BigDecimal[] percents = sortedPercents();
        int n = kpis.length;
        Money[] creditOf = new Money[n];
        int[] triggered = new int[n]; // the positions of the KPIs that trigger, in KPI id order
        int count = 0;
        Money raw = context.zero();
        Secret.LineFigures figures = Secret.LINE_FIGURES.get();
        for (int k = 0; k < n; k++) {
            // the line's status and attainment, read without making the line (the explanation reads the lines)
            int line = figures.of(scorecard, kpis[k]);
            if (line >= 0 && triggers(line)) {
                Money credit = pool.percent(percents[k]).rounded();
                raw = raw.plus(credit);
                creditOf[k] = credit;
                triggered[count++] = k;
            }
        }
        // the steps after the KPIs' (a capped pool, earn-back), made as they are found
        List<Step> steps = new ArrayList<>();
        List<AppliedCap> caps = new ArrayList<>();
        Money credits = raw.rounded();
        List<OutcomeLine> lines = new ArrayList<>(count + 1);
        if (raw.isGreaterThan(pool)) {
            caps.add(AppliedCap.of(AppliedCap.Kind.POOL, raw, pool));
            Money capped = raw;
            steps.add(LazySteps.lazy(() -> Step.of(StepKind.RULE, "credits " + capped + " exceed the pool: capped at " + pool
                    + " and shared by allocation")));
            credits = pool;
            List<BigDecimal> ratios = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ratios.add(percents[triggered[i]]);
            }
            List<Money> parts = pool.allocate(ratios);
            for (int i = 0; i < count; i++) {
                lines.add(OutcomeLine.credit(kpis[triggered[i]], parts.get(i).negated()));
            }
        } else {
            for (int i = 0; i < count; i++) {
                lines.add(OutcomeLine.credit(kpis[triggered[i]], creditOf[triggered[i]].negated()));
            }
        }
        Money returned = earnBack(context, steps, lines);
        Money amount = returned.minus(credits);
        Money creditTotal = credits;
        Step ex = LazySteps.lazy(() -> explanation(fee, pool, scorecard, creditOf, steps, creditTotal, returned, amount));
        return new ComponentOutcome(id(), TYPE, context.period(), amount, lines, caps, ex);
    }

    /**
     * {@link #evaluate}'s path in {@code long}s alone, for the properties that compare it with {@link #evaluateExactly}.
     *
     * @param context  the period's context, not null
     * @return the outcome, or null where {@link #evaluate} takes the exact path
     */
    ComponentOutcome evaluateInLongs(IncentiveContext context) {
        return evaluateInLongs(context, context.requireFee(this), context.requireScorecard(this));
    }

    /**
     * {@link #evaluateExactly} with the pool and the credits in minor units ({@code long}s): the same outcome
     * when the fee is in the agreement's currency, the fee and the percentages have a fixed-point form, every
     * product and sum fits a {@code long} and the credits do not exceed the pool; null otherwise (then the
     * caller takes the exact path). Only the outcome's amounts are made as {@link Money}.
     */
    private ComponentOutcome evaluateInLongs(IncentiveContext context, Money fee, Scorecard scorecard) {
        Currency currency = fee.currency();
        long[] percentUnits = percentUnits();
        if (percentUnits == null || !currency.equals(context.agreement().currency()) || !FixedPoint.fits(fee.amount())
                || !FixedPoint.fits(atRiskPercent())) {
            return null;
        }
        int digits = currency.getDefaultFractionDigits();
        String[] kpis = sortedIds();
        int n = kpis.length;
        long[] creditOf = new long[n]; // Long.MIN_VALUE: the KPI does not trigger
        int count = 0;
        long pool;
        long raw = 0;
        try {
            // P = fee × percent / 100, rounded once, HALF_EVEN, to the minor unit, as Money.percent(..).rounded()
            pool = MinorUnits.timesPercent(FixedPoint.unscaled(fee.amount()), fee.amount().scale(), FixedPoint.unscaled(atRiskPercent()),
                    atRiskPercent().scale(), digits);
            int[] scales = percentScales();
            Secret.LineFigures figures = Secret.LINE_FIGURES.get();
            for (int k = 0; k < n; k++) {
                int line = figures.of(scorecard, kpis[k]);
                if (line >= 0 && triggers(line)) {
                    long credit = MinorUnits.timesPercent(pool, digits, percentUnits[k], scales[k], digits);
                    if (credit == Long.MIN_VALUE) {
                        return null; // cannot happen at percentages' scales of 0 or more, but it marks "no credit" below
                    }
                    raw = Math.addExact(raw, credit);
                    creditOf[k] = credit;
                    count++;
                } else {
                    creditOf[k] = Long.MIN_VALUE;
                }
            }
        } catch (ArithmeticException e) {
            return null; // beyond a long: the exact path
        }
        if (raw > pool) {
            return null; // the capped pool is shared by allocation on the exact path
        }
        if (raw == Long.MIN_VALUE) {
            return null; // credits summing to exactly -2^63: their negation below would not fit a long
        }
        OutcomeLine[] templates = creditLines();
        List<OutcomeLine> lines = new ArrayList<>(count + 1);
        for (int k = 0; k < n; k++) {
            if (creditOf[k] != Long.MIN_VALUE) {
                OutcomeLine t = templates[k];
                lines.add(new OutcomeLine(t.key(), t.label(), MinorUnits.money(-creditOf[k], digits, currency)));
            }
        }
        // earn-back adds its steps after the KPIs'
        Optional<Integer> earnBack = earnBackPeriods(); // read once: the accessor makes an Optional per call
        List<Step> steps = earnBack.isPresent() ? new ArrayList<>() : List.of();
        // as raw.rounded(): the sum of the credits at the minor unit
        Money credits = MinorUnits.money(raw, digits, currency);
        Money returned = earnBackInLongs(context, earnBack, steps, lines, digits, currency);
        if (returned == null) {
            returned = earnBack(context, steps, lines);
        }
        // nothing earned back: zero less the credits, at the minor unit's scale as zero().minus(credits) has it
        Money amount = returned == NOTHING_BACK ? MinorUnits.money(-raw, digits, currency) : returned.minus(credits);
        long poolUnits = pool;
        Money back = returned;
        Step ex = LazySteps.lazy(() -> {
            Money[] credited = new Money[n];
            for (int k = 0; k < n; k++) {
                credited[k] = creditOf[k] == Long.MIN_VALUE ? null : MinorUnits.money(creditOf[k], digits, currency);
            }
            return explanation(fee, MinorUnits.money(poolUnits, digits, currency), scorecard, credited, steps, credits, back, amount);
        });
        // the lines handed over as made (one copy of the array, not List.copyOf's two)
        return new ComponentOutcome(id(), TYPE, context.period(), amount, FrozenList.of(lines.toArray(), lines.size()), List.of(), ex);
    }

    private Step explanation(Money fee, Money pool, Scorecard scorecard, Money[] creditOf, List<Step> steps, Money creditTotal,
            Money returned, Money amount) {
        String[] kpis = sortedIds();
        BigDecimal[] percents = sortedPercents();
        int n = kpis.length;
        List<Step> all = new ArrayList<>(n + steps.size() + 2);
        all.add(Step.of(StepKind.COMPUTATION, "pool P = fee " + fee + " × " + Decimals.plain(atRiskPercent()) + " % = " + pool));
        for (int i = 0; i < n; i++) {
            ScorecardLine line = scorecard.line(kpis[i]).orElse(null);
            all.add(creditOf[i] != null
                    ? Step.of(StepKind.RULE, kpis[i] + " " + line.status() + " (attainment " + line.attainment().map(a ->
                            Decimals.display(a, 4)).orElse("-") + "): credit P × " + Decimals.plain(percents[i]) + " % = "
                            + creditOf[i])
                    : Step.of(StepKind.RULE, kpis[i] + " " + (line == null ? "not on the scorecard" : line.status().toString())
                            + ": no credit"));
        }
        all.addAll(steps);
        all.add(Step.of(StepKind.RESULT, "credits " + creditTotal + (returned.isZero() ? "" : ", earned back " + returned)
                + ": adjustment " + amount));
        return Step.of(StepKind.COMPUTATION, "at-risk pool '" + id() + "': " + amount, Map.of(), all);
    }

    /** @param line  the line's figures, as {@link Secret.LineFigures} packs them */
    private boolean triggers(int line) {
        if (!Secret.LineFigures.counted(line)) {
            return false;
        }
        if (trigger() == CreditTrigger.BELOW_TARGET) {
            return Secret.LineFigures.attainmentVsOne(line) < 0;
        }
        int status = Secret.LineFigures.statusOrdinal(line);
        return status == KpiStatus.BELOW_MINIMUM.ordinal()
                || (status == KpiStatus.MISSING.ordinal() && Secret.LineFigures.attainmentZero(line));
    }

    private Money earnBack(IncentiveContext context, List<Step> steps, List<OutcomeLine> lines) {
        Money returned = context.zero();
        if (earnBackPeriods().isEmpty()) {
            return returned;
        }
        int n = earnBackPeriods().get();
        ReportingPeriod creditPeriod = context.period().plus(-n);
        Optional<IncentiveContext.Past> then = context.earlier(creditPeriod);
        ComponentOutcome credited0 = null;
        if (then.isPresent()) {
            for (ComponentOutcome o : then.get().outcomes()) {
                if (o.componentId().equals(id())) {
                    credited0 = o;
                    break;
                }
            }
        }
        if (credited0 == null) {
            return returned;
        }
        ComponentOutcome creditedThen = credited0;
        Map<String, Money> credited = new LinkedHashMap<>();
        Map<String, Money> earned = new LinkedHashMap<>();
        Object[] window = null;
        for (OutcomeLine line : creditedThen.lines(OutcomeLine.Kind.CREDIT)) {
            String kpi = line.kpiId().orElseThrow();
            credited.put(kpi, line.amount().negated());
            if (window == null) {
                window = window(context, creditPeriod, n);
            }
            if (metTargetSince(window, kpi)) {
                earned.put(kpi, line.amount().negated());
            }
        }
        if (earned.isEmpty()) {
            return returned;
        }
        Money borne = borne(then.get(), credited, earned.keySet(), steps);
        boolean anyCredit = false;
        for (Money m : earned.values()) {
            anyCredit |= m.isPositive();
        }
        // credits of zero (a pool too small to give each KPI a minor unit) have nothing to earn back
        List<Money> parts = anyCredit ? borne.allocate(earned.values().stream().map(Money::amount).toList())
                : new ArrayList<>(earned.values());
        int i = 0;
        for (Map.Entry<String, Money> e : earned.entrySet()) {
            Money back = parts.get(i++);
            if (back.isPositive()) {
                lines.add(OutcomeLine.earnBack(e.getKey(), creditPeriod, back));
            }
            String kpi = e.getKey();
            Money credit = e.getValue();
            boolean carriedIn = then.get().carriedIn();
            steps.add(LazySteps.lazy(() -> Step.of(StepKind.RULE, kpi + " met its target in each of the " + n + " periods after "
                    + creditPeriod + ": " + (carriedIn ? "carried in " : "") + (back.equals(credit) ? "credit " + back + " earned back"
                            : "credit " + credit + ", of which " + back + " borne by the supplier is earned back"))));
            returned = returned.plus(back);
        }
        return returned;
    }

    /**
     * What {@link #earnBackInLongs} gives when nothing is earned back: zero (only its sign is read, by identity and
     * by the explanation's {@code isZero()}), so that the outcome need not make a zero of the agreement's currency.
     */
    private static final Money NOTHING_BACK = Money.zero(Currency.getInstance("EUR"));

    /** True for the calculator's own context, whose earlier periods may be read by position (see {@link #window}). */
    private static final java.util.function.Predicate<Object> POSITIONAL = Secret.POSITIONAL_CONTEXT.get();

    /**
     * {@link #earnBack} with the credited lines found by their position among this pool's KPIs (no maps, no
     * parsing of the lines' keys) and what they cost the supplier in minor units: the same lines, steps and
     * amount, or null before changing anything when the exact path must decide (a credited line of a KPI the
     * pool does not allocate to, or twice, or not at the minor unit of the agreement's currency; the credit
     * period without a fee or with a fee that has no fixed-point form; a figure beyond a {@code long}).
     */
    private Money earnBackInLongs(IncentiveContext context, Optional<Integer> earnBack, List<Step> steps, List<OutcomeLine> lines,
            int digits, Currency currency) {
        if (earnBack.isEmpty()) {
            return NOTHING_BACK;
        }
        int n = earnBack.get();
        ReportingPeriod creditPeriod = context.period().plus(-n);
        Optional<IncentiveContext.Past> found = context.earlier(creditPeriod);
        if (found.isEmpty()) {
            return NOTHING_BACK;
        }
        IncentiveContext.Past then = found.get();
        ComponentOutcome creditedThen = null;
        for (ComponentOutcome o : then.outcomes()) {
            if (o.componentId().equals(id())) {
                creditedThen = o;
                break;
            }
        }
        if (creditedThen == null || creditedThen.lines().isEmpty()) {
            return NOTHING_BACK; // no line: nothing credited (as count == 0 below), without the arrays
        }
        String[] kpis = sortedIds();
        OutcomeLine[] templates = creditLines();
        int m = kpis.length;
        // the credited KPIs' positions in the order of the lines, and their credits (the lines negated) in minor units
        int[] order = new int[m];
        long[] credited = new long[m];
        boolean[] seen = new boolean[m];
        int count = 0;
        int next = 0;
        List<OutcomeLine> all = creditedThen.lines();
        for (int i = 0, size = all.size(); i < size; i++) {
            OutcomeLine line = all.get(i);
            int k = position(templates, line.key(), next);
            if (k < 0) {
                if (line.kind() == OutcomeLine.Kind.CREDIT) {
                    return null;
                }
                continue;
            }
            BigDecimal amount = line.amount().amount();
            if (seen[k] || amount.scale() != digits || !FixedPoint.fits(amount) || !line.amount().currency().equals(currency)) {
                return null;
            }
            seen[k] = true;
            credited[k] = -FixedPoint.unscaled(amount);
            order[count++] = k;
            next = k + 1;
        }
        if (count == 0) {
            return NOTHING_BACK;
        }
        Object[] window = window(context, creditPeriod, n);
        int[] earned = new int[count];
        int e = 0;
        for (int i = 0; i < count; i++) {
            if (metTargetSince(window, kpis[order[i]])) {
                earned[e++] = order[i];
            }
        }
        if (e == 0) {
            return NOTHING_BACK;
        }
        Optional<Money> feeThen = then.fee();
        if (feeThen.isEmpty() || !feeThen.get().currency().equals(currency) || !FixedPoint.fits(feeThen.get().amount())) {
            return null;
        }
        long credits = 0;
        long others = 0;
        long own = 0;
        long poolThen;
        try {
            poolThen = MinorUnits.timesPercent(FixedPoint.unscaled(feeThen.get().amount()), feeThen.get().amount().scale(),
                    FixedPoint.unscaled(atRiskPercent()), atRiskPercent().scale(), digits);
            long[] percentUnits = percentUnits();
            int[] scales = percentScales();
            for (int i = 0, j = 0; i < count; i++) {
                int k = order[i];
                credits = Math.addExact(credits, credited[k]);
                if (j < e && earned[j] == k) {
                    own = Math.addExact(own, credited[k]);
                    j++;
                } else {
                    others = Math.addExact(others, MinorUnits.timesPercent(poolThen, digits, percentUnits[k], scales[k], digits));
                }
            }
            // only checked here: the difference is taken below, outside the try
            Math.subtractExact(credits, Math.min(others, poolThen));
        } catch (ArithmeticException overflow) {
            return null;
        }
        // as borne(): the net the supplier would have received without the earned KPIs' credits, less the net it received
        long without = Math.min(others, poolThen);
        long addedUnits = Math.min(credits - without, own);
        Money added = MinorUnits.money(addedUnits, digits, currency);
        Money borne = then.netFor(then.gross().plus(added)).minus(then.net());
        List<String> earnedIds = new ArrayList<>(e);
        for (int j = 0; j < e; j++) {
            earnedIds.add(kpis[earned[j]]);
        }
        if (without != 0) {
            long all0 = credits;
            steps.add(LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, "credits of " + then.period() + " "
                    + MinorUnits.money(all0, digits, currency) + ", without those of " + earnedIds + " " + MinorUnits.money(without, digits, currency)
                    + ": they added " + added)));
        }
        if (!borne.equals(added)) {
            steps.add(LazySteps.lazy(() -> Step.of(StepKind.RULE, "the floor or cap held the net of " + then.period() + " at "
                    + then.net() + " (gross " + then.gross() + "); without " + added + " of credits it would have been "
                    + then.netFor(then.gross().plus(added)) + ", so the supplier bore " + borne + " of them")));
        }
        Money returned = context.zero();
        boolean anyCredit = false;
        for (int j = 0; j < e; j++) {
            anyCredit |= credited[earned[j]] > 0;
        }
        List<Money> parts;
        if (anyCredit) {
            List<BigDecimal> ratios = new ArrayList<>(e);
            for (int j = 0; j < e; j++) {
                ratios.add(BigDecimal.valueOf(credited[earned[j]], digits));
            }
            parts = borne.allocate(ratios);
        } else {
            // credits of zero (a pool too small to give each KPI a minor unit) have nothing to earn back
            parts = new ArrayList<>(e);
            for (int j = 0; j < e; j++) {
                parts.add(MinorUnits.money(credited[earned[j]], digits, currency));
            }
        }
        for (int j = 0; j < e; j++) {
            Money back = parts.get(j);
            String kpi = kpis[earned[j]];
            if (back.isPositive()) {
                lines.add(OutcomeLine.earnBack(kpi, creditPeriod, back));
            }
            long creditUnits = credited[earned[j]];
            boolean carriedIn = then.carriedIn();
            steps.add(LazySteps.lazy(() -> {
                Money credit = MinorUnits.money(creditUnits, digits, currency);
                return Step.of(StepKind.RULE, kpi + " met its target in each of the " + n + " periods after " + creditPeriod + ": "
                        + (carriedIn ? "carried in " : "") + (back.equals(credit) ? "credit " + back + " earned back"
                                : "credit " + credit + ", of which " + back + " borne by the supplier is earned back"));
            }));
            returned = returned.plus(back);
        }
        return returned;
    }

    /** @return the position of the KPI whose credit line has the key, looked for from {@code from} on first; -1 if none */
    private static int position(OutcomeLine[] templates, String key, int from) {
        int m = templates.length;
        for (int i = 0; i < m; i++) {
            int k = from + i < m ? from + i : from + i - m;
            if (templates[k].key().equals(key)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * What the credits of the earned KPIs cost the supplier in their period: the net it would have
     * received had those KPIs not triggered (the pool then shared among the other triggered KPIs
     * only), less the net it received. The floor and cap of that period can make this less than the
     * credits themselves, and a capped pool shared with other KPIs less than their lines.
     */
    private Money borne(IncentiveContext.Past then, Map<String, Money> credited, Set<String> earned, List<Step> steps) {
        Money credits = credited.values().stream().reduce(Money::plus).orElseThrow();
        Money pool = pool(then.fee().orElseThrow());
        Money others = Money.zero(pool.currency());
        for (String kpi : credited.keySet()) {
            if (!earned.contains(kpi)) {
                others = others.plus(pool.percent(allocations().get(kpi)).rounded());
            }
        }
        Money without = others.min(pool);
        // never more than the earned KPIs' own lines: rounding the pool without them can differ from how the
        // credits were split by a minor unit
        Money lines = Money.zero(pool.currency());
        for (String kpi : earned) {
            lines = lines.plus(credited.get(kpi));
        }
        Money added = credits.minus(without).min(lines);
        Money borne = then.netFor(then.gross().plus(added)).minus(then.net());
        // the steps are written when read (the earned KPIs are not changed after this)
        if (!without.isZero()) {
            steps.add(LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, "credits of " + then.period() + " " + credits
                    + ", without those of " + earned + " " + without + ": they added " + added)));
        }
        if (!borne.equals(added)) {
            steps.add(LazySteps.lazy(() -> Step.of(StepKind.RULE, "the floor or cap held the net of " + then.period() + " at "
                    + then.net() + " (gross " + then.gross() + "); without " + added + " of credits it would have been "
                    + then.netFor(then.gross().plus(added)) + ", so the supplier bore " + borne + " of them")));
        }
        return borne;
    }

    /**
     * The scorecards of the {@code n} periods after the credit's, resolved once per period rather than
     * once per credited KPI: for each, the current period's scorecard, or an earlier period's record
     * (carried or computed), or null when the calculation does not hold that period. A carried period
     * has no scorecard; its statuses are read through {@link IncentiveContext.Past#kpiStatus}, so the
     * window keeps the {@code Past} and reads it per KPI, the current period as its scorecard.
     */
    private static Object[] window(IncentiveContext context, ReportingPeriod creditPeriod, int n) {
        Object[] window = new Object[n];
        if (POSITIONAL.test(context)) {
            // the calculator's own earlier periods, strictly ascending: each found by walking back from the last (no
            // search, no Optional per period), the same records as earlier(p) finds
            // creditPeriod.plus(k) told by its first month's index (no period made per k; it is never after the
            // context's period, so plus would not refuse it), compared as RollingRoom.compare does
            List<IncentiveContext.Past> earlier = context.earlier();
            int j = earlier.size() - 1;
            dev.partnering.period.Granularity granularity = creditPeriod.granularity();
            long creditIndex = RollingRoom.monthIndex(creditPeriod);
            for (int k = n; k >= 1; k--) {
                long target = creditIndex + (long) k * granularity.months();
                if (RollingRoom.compare(context.period(), target, granularity) == 0) {
                    window[k - 1] = context.inputs().scorecard();
                    continue;
                }
                while (j >= 0 && RollingRoom.compare(earlier.get(j).period(), target, granularity) > 0) {
                    j--;
                }
                window[k - 1] = j >= 0 && RollingRoom.compare(earlier.get(j).period(), target, granularity) == 0
                        ? earlier.get(j) : null;
            }
            return window;
        }
        for (int k = 1; k <= n; k++) {
            ReportingPeriod p = creditPeriod.plus(k);
            window[k - 1] = p.equals(context.period()) ? context.inputs().scorecard()
                    : context.earlier(p).orElse(null);
        }
        return window;
    }

    private static boolean metTargetSince(Object[] window, String kpi) {
        for (Object then : window) {
            Optional<KpiStatus> status;
            if (then == null) {
                return false;
            } else if (then instanceof IncentiveContext.Past past) {
                status = past.kpiStatus(kpi);
            } else {
                @SuppressWarnings("unchecked")
                Optional<Scorecard> scorecard = (Optional<Scorecard>) then;
                // the status read without making the line
                int line = scorecard.isPresent() ? Secret.LINE_FIGURES.get().of(scorecard.get(), kpi) : -1;
                if (line < 0 || Secret.LineFigures.statusOrdinal(line) != KpiStatus.MET.ordinal()) {
                    return false;
                }
                continue;
            }
            if (status.isEmpty() || status.get() != KpiStatus.MET) {
                return false;
            }
        }
        return true;
    }

    /** @return the allocations with a KPI id and a percentage within bounds, by KPI id */
    private static Map<String, BigDecimal> judgeable(Map<String, BigDecimal> allocations) {
        Map<String, BigDecimal> judged = new TreeMap<>();
        allocations.forEach((kpi, pct) -> {
            if (kpi != null && pct != null && Limits.within(pct)) {
                judged.put(kpi, pct);
            }
        });
        return judged;
    }

    /** @return the KPI ids of {@link #sorted()}, in its order, made once per pool (not part of its value); not to be changed */
    @Value.Lazy
    String[] sortedIds() {
        return sorted().keySet().toArray(new String[0]);
    }

    /** @return the percentages of {@link #sorted()}, in its order, made once per pool (not part of its value); not to be changed */
    @Value.Lazy
    BigDecimal[] sortedPercents() {
        return sorted().values().toArray(new BigDecimal[0]);
    }

    /**
     * @return the unscaled values of {@link #sortedPercents()}, in its order, or null when one has no fixed-point
     *         form; made once per pool (not part of its value); not to be changed
     */
    @Value.Lazy
    long[] percentUnits() {
        BigDecimal[] percents = sortedPercents();
        long[] units = new long[percents.length];
        for (int k = 0; k < percents.length; k++) {
            if (!FixedPoint.fits(percents[k])) {
                return null;
            }
            units[k] = FixedPoint.unscaled(percents[k]);
        }
        return units;
    }

    /** @return the scales of {@link #sortedPercents()}, in its order, made once per pool (not part of its value); not to be changed */
    @Value.Lazy
    int[] percentScales() {
        BigDecimal[] percents = sortedPercents();
        int[] scales = new int[percents.length];
        for (int k = 0; k < percents.length; k++) {
            scales[k] = percents[k].scale();
        }
        return scales;
    }

    /**
     * @return a credit line of each KPI of {@link #sortedIds()}, in its order, whose key and label the lines of an
     *         outcome share (its amount is not used); made once per pool (not part of its value); not to be changed
     */
    @Value.Lazy
    OutcomeLine[] creditLines() {
        String[] kpis = sortedIds();
        OutcomeLine[] lines = new OutcomeLine[kpis.length];
        Money none = Money.zero(Currency.getInstance("EUR"));
        for (int k = 0; k < kpis.length; k++) {
            lines[k] = OutcomeLine.credit(kpis[k], none);
        }
        return lines;
    }

    /** @return the allocations by KPI id, made once per pool (not part of its value) */
    @Value.Lazy
    Map<String, BigDecimal> sorted() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(allocations()));
    }

    /**
     * @param fee  the period fee, not null
     * @return the pool P = fee × at-risk percentage, rounded once, HALF_EVEN, to the minor unit, never null
     * @since 0.1.0
     */
    public Money pool(Money fee) {
        return fee.percent(atRiskPercent()).rounded();
    }

    @Override
    public Exposure exposure(Money periodFee) {
        Money pool = pool(periodFee);
        Money lines = Money.zero(periodFee.currency());
        for (BigDecimal allocation : allocations().values()) {
            lines = lines.plus(pool.percent(allocation).rounded());
        }
        Money down = lines.min(pool);
        Money up = earnBackPeriods().isPresent() ? down : Money.zero(periodFee.currency());
        return Exposure.of(up, down);
    }

    @Override
    public List<Violation> violationsAgainst(IncentiveTerms agreement) {
        Violations v = Violations.of("AtRiskPool");
        for (String kpi : sorted().keySet()) {
            v.require(agreement.kpiIds().contains(kpi), "allocations." + kpi, kpi, () -> "at-risk pool '" + id()
                    + "' allocates to kpi '" + kpi + "', which the agreement does not define");
        }
        return v.list();
    }

    @Value.Check
    void check() {
        // every violation at once: first the structure (every required attribute and entry present, every
        // decimal within bounds), then each rule whose attributes are there to judge it
        Violations attrs = Violations.of("AtRiskPool");
        boolean hasId = attrs.required("id", id());
        boolean percentOk = attrs.decimal("atRiskPercent", atRiskPercent());
        boolean entriesOk = attrs.requiredEntries("allocations", allocations());
        attrs.required("trigger", trigger());
        // the subject of a pool refused for its structure is "AtRiskPool", as before; without an id a rule reads
        // "at-risk pool" instead of "at-risk pool 'null'"
        Violations v = attrs.isEmpty() ? Violations.of("AtRiskPool '" + id() + "'") : attrs;
        String what = hasId ? "at-risk pool '" + id() + "'" : "at-risk pool";
        if (hasId) {
            Ids.check(v, "id", id(), "component");
        }
        if (percentOk) {
            v.require(atRiskPercent().signum() > 0 && atRiskPercent().compareTo(BigDecimal.valueOf(100)) <= 0, "atRiskPercent",
                    atRiskPercent(), () -> what + ": at-risk percentage " + Decimals.plain(atRiskPercent())
                            + " must be greater than 0 and at most 100");
        }
        if (allocations() != null) {
            v.require(!allocations().isEmpty(), "allocations", "{}", () -> what + " needs at least one allocation");
            // a missing KPI id is named as missing, not also judged for its form
            allocations().keySet().stream().filter(Objects::nonNull)
                    .forEach(kpi -> Ids.check(v, "allocations." + Limits.show(kpi), kpi, "kpi"));
            // an allocation that is missing or beyond the bounds is named for that: its sign is not judged
            (entriesOk ? sorted() : judgeable(allocations())).forEach((kpi, pct) -> v.require(pct.signum() > 0,
                    "allocations." + kpi, pct, () -> what + ": allocation " + Decimals.plain(pct) + " % to '" + kpi
                            + "' must be greater than 0"));
        }
        earnBackPeriods().ifPresent(n -> v.require(n >= 1, "earnBackPeriods", n,
                () -> what + ": earn-back after " + n + " periods must be at least 1"));
        v.throwIfAny();
    }

    /**
     * @return the KPIs this component reads, never null
     * @since 0.1.0
     */
    @Override
    public java.util.Set<String> kpiIds() {
        return java.util.Set.copyOf(allocations().keySet());
    }

    /**
     * A builder of {@link AtRiskPool}; id, atRiskPercent and at least one allocation are required.
     * <p>
     * Obtained from {@link AtRiskPool#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link AtRiskPool#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link AtRiskPool#atRiskPercent() atRiskPercent} attribute.
         * @param atRiskPercent The value for atRiskPercent (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder atRiskPercent(BigDecimal atRiskPercent);

        /**
         * Put one entry to the {@link AtRiskPool#allocations() allocations} map.
         * @param key The key in the allocations map
         * @param value The associated value in the allocations map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAllocations(String key, BigDecimal value);

        /**
         * Put one entry to the {@link AtRiskPool#allocations() allocations} map. Nulls are not permitted
         * @param entry The key and value entry
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAllocations(Map.Entry<String, ? extends BigDecimal> entry);

        /**
         * Put all mappings from the specified map as entries to {@link AtRiskPool#allocations() allocations} map. Nulls are not permitted
         * @param entries The entries that will be added to the allocations map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAllAllocations(Map<String, ? extends BigDecimal> entries);

        /**
         * Initializes the value for the {@link AtRiskPool#trigger() trigger} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link AtRiskPool#trigger() trigger}.</em>
         * @param trigger The value for trigger 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder trigger(CreditTrigger trigger);

        /**
         * Initializes the optional value {@link AtRiskPool#earnBackPeriods() earnBackPeriods} to earnBackPeriods.
         * @param earnBackPeriods The value for earnBackPeriods
         * @return {@code this} builder for chained invocation
         */
        Builder earnBackPeriods(int earnBackPeriods);

        /**
         * Initializes the optional value {@link AtRiskPool#earnBackPeriods() earnBackPeriods} to earnBackPeriods.
         * @param earnBackPeriods The value for earnBackPeriods
         * @return {@code this} builder for use in a chained invocation
         */
        Builder earnBackPeriods(Optional<Integer> earnBackPeriods);

        /**
         * Allocates a share of the pool to a KPI: the same as {@code putAllocations(kpiId, percent)}.
         * An allocation that is not a valid percentage is reported by {@link #build()}, with every
         * other problem.
         *
         * @param kpiId  the KPI, not null
         * @param percent  its allocation in percent of the pool, e.g. {@code 40} for 40 %, not null
         * @return this builder
         */
        default Builder allocate(String kpiId, BigDecimal percent) {
            return putAllocations(kpiId, percent);
        }

        /**
         * @return the value, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        AtRiskPool build();
    }
}
