package dev.partnering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Runs the README's complete example and checks what it prints. */
class FirstAgreementTest {

    @Test
    void theReadmeExampleRunsAndPrintsItsScorecardAndStatement() {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            FirstAgreement.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        // 99.3 lies between minimum 99.0 and target 99.5: attainment (99.3 − 99.0) / (99.5 − 99.0) = 0.6
        assertTrue(text.contains("attainment 0.6"), text);
        // pool 10 % of 100000.00 = 10000.00 SEK, all of it allocated to availability, which is below target
        assertTrue(text.contains("-10000.00 SEK"), text);
    }

    @Test
    void theReadmeShowsWhatTheExamplePrints() throws java.io.IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            FirstAgreement.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String readme = java.nio.file.Files.readString(DocsSnippetsTest.repositoryRoot().resolve("README.md"),
                StandardCharsets.UTF_8);
        int start = readme.indexOf("It prints:\n\n```text\n");
        assertTrue(start >= 0, "README.md shows the example's output after 'It prints:'");
        start = readme.indexOf("```text\n", start) + "```text\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));
        assertEquals(shown, buffer.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
