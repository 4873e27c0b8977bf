package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.PartneringArbitraries;
import dev.partnering.testkit.PartneringDomain;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** JSON round trips over the testkit's generated values: nothing is lost, not a digit, not a scale. */
@Domain(PartneringDomain.class)
class PartneringModuleProperties {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new PartneringModule());

    @Property
    void moneyRoundTripsExactly(@ForAll Money money) throws Exception {
        Money read = mapper.readValue(mapper.writeValueAsString(money), Money.class);
        assertEquals(money, read);
        assertEquals(money.amount(), read.amount(), "the scale is kept too");
    }

    @Property
    void unroundedMoneyRoundTripsExactly(@ForAll("exact") Money money) throws Exception {
        Money read = mapper.readValue(mapper.writeValueAsString(money), Money.class);
        assertEquals(money.amount(), read.amount());
        assertEquals(money.currency(), read.currency());
    }

    @Provide
    Arbitrary<Money> exact() {
        return PartneringArbitraries.money().between("-1000000000", "1000000000").withScale(0, 12);
    }

    @Property
    void periodsRoundTrip(@ForAll ReportingPeriod period) throws Exception {
        assertEquals(period, mapper.readValue(mapper.writeValueAsString(period), ReportingPeriod.class));
    }
}
