package dev.partnering.jackson3;

import org.junit.jupiter.api.Test;

class ScratchNullTest {
    @Test
    void show() throws Exception {
        for (String[] c : new String[][] {{"agreement.json", "\"kpis\" : ["}, {"scorecard.json", "\"lines\" : ["},
                {"incentive-statement.json", "\"periods\" : ["}, {"agreement.json", "\"responsibilityAreas\" : ["}}) {
            String doc = Json3Testing.golden(c[0]);
            for (String json : new String[] {doc.replaceFirst(java.util.regex.Pattern.quote(c[1]), c[1].replace("[", "null, \"x\" : [")),
                    doc.replaceFirst(java.util.regex.Pattern.quote(c[1]), c[1] + "null, ")}) {
                try {
                    Json3Testing.JACKSON2.readValue(json, dev.partnering.jackson.PartneringDocument.class);
                    System.out.println("J2 ACCEPTED " + c[0]);
                } catch (Exception e) {
                    System.out.println("J2 " + e.getMessage());
                }
                try {
                    Json3Testing.MAPPER.readValue(json, PartneringDocument.class);
                    System.out.println("J3 ACCEPTED " + c[0]);
                } catch (Exception e) {
                    System.out.println("J3 " + e.getMessage());
                }
            }
        }
    }
}
