package dev.partnering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guides cannot drift from the API: every {@code ```java} block in {@code README.md} and in
 * every {@code docs/*.md} is preceded by a line {@code <!-- snippet: PATH#NAME -->} and equals,
 * after removing the common indentation, the region between {@code // tag::NAME[]} and
 * {@code // end::NAME[]} in the repository file PATH, a test source that is compiled and run.
 * A failure names the document, the line and the first line that differs.
 */
class DocsSnippetsTest {

    private static final Pattern MARKER = Pattern.compile("^<!--\\s*snippet:\\s*(\\S+?)#(\\S+?)\\s*-->\\s*$");

    @TempDir
    Path dir;

    /** A Java block of a document: where it starts, its marker (if any) and its text. */
    record Block(Path doc, int line, Optional<Matcher> marker, String text) {
    }

    /** A problem found in a document. */
    record Problem(String where, String what) {
        @Override
        public String toString() {
            return where + ": " + what;
        }
    }

    static Path repositoryRoot() {
        String configured = System.getProperty("partnering.root", "");
        Path start = configured.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(configured).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("core"))
                    && Files.isRegularFile(p.resolve("README.md"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (a directory with pom.xml, core/ and README.md) above " + start);
    }

    static List<Path> documents(Path root) {
        List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
        Path guides = root.resolve("docs");
        if (Files.isDirectory(guides)) {
            try (Stream<Path> files = Files.list(guides)) {
                files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(docs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    /** The Java blocks of a document, each with the marker on the nearest non-blank line above it. */
    static List<Block> javaBlocks(Path doc, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            if (fence.equals("```java")) {
                int above = i - 1;
                while (above >= 0 && lines.get(above).isBlank()) {
                    above--;
                }
                Optional<Matcher> marker = Optional.empty();
                if (above >= 0) {
                    Matcher m = MARKER.matcher(lines.get(above).strip());
                    if (m.matches()) {
                        marker = Optional.of(m);
                    }
                }
                blocks.add(new Block(doc, i + 1, marker, String.join("\n", lines.subList(i + 1, Math.min(end, lines.size())))));
            }
            i = end;
        }
        return blocks;
    }

    /** The region between the tag markers, or empty when the file has no such tag. */
    static Optional<String> region(List<String> source, String name) {
        int start = -1;
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i).strip();
            if (line.equals("// tag::" + name + "[]")) {
                start = i;
            } else if (line.equals("// end::" + name + "[]") && start >= 0) {
                return Optional.of(String.join("\n", source.subList(start + 1, i).stream()
                        .filter(l -> !l.strip().matches("// (tag|end)::\\S+\\[\\]")).toList()));
            }
        }
        return Optional.empty();
    }

    /** Removes the indentation common to every non-blank line, trailing blanks and blank ends. */
    static String dedent(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).collect(Collectors.toList());
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int indent = lines.stream().filter(l -> !l.isEmpty()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).collect(Collectors.joining("\n"));
    }

    static String firstDifference(String doc, String source) {
        List<String> a = doc.lines().toList();
        List<String> b = source.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<end of block>";
            String y = i < b.size() ? b.get(i) : "<end of region>";
            if (!x.equals(y)) {
                return "block line " + (i + 1) + " differs:\n      doc:    " + x + "\n      source: " + y;
            }
        }
        return "no difference";
    }

    static List<Problem> check(Path root, Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        for (Block block : javaBlocks(doc, lines)) {
            String where = root.relativize(doc) + " line " + block.line();
            if (block.marker().isEmpty()) {
                problems.add(new Problem(where, "```java block without a <!-- snippet: PATH#NAME --> line above it"));
                continue;
            }
            String path = block.marker().get().group(1);
            String name = block.marker().get().group(2);
            Path source = root.resolve(path).normalize();
            if (!source.startsWith(root) || !Files.isRegularFile(source)) {
                problems.add(new Problem(where, "snippet source '" + path + "' does not exist"));
                continue;
            }
            Optional<String> region = region(Files.readAllLines(source, StandardCharsets.UTF_8), name);
            if (region.isEmpty()) {
                problems.add(new Problem(where, "'" + path + "' has no region // tag::" + name + "[] … // end::" + name + "[]"));
                continue;
            }
            String expected = dedent(region.get());
            String actual = dedent(block.text());
            if (!expected.equals(actual)) {
                problems.add(new Problem(where, "differs from " + path + "#" + name + ", "
                        + firstDifference(actual, expected)));
            }
        }
        return problems;
    }

    @Test
    void everyJavaBlockOfTheReadmeAndTheGuidesIsACompiledSnippet() throws IOException {
        Path root = repositoryRoot();
        List<Problem> problems = new ArrayList<>();
        int blocks = 0;
        for (Path doc : documents(root)) {
            blocks += javaBlocks(doc, Files.readAllLines(doc, StandardCharsets.UTF_8)).size();
            problems.addAll(check(root, doc));
        }
        assertTrue(blocks > 0, "README.md and docs/*.md hold at least one ```java block");
        if (!problems.isEmpty()) {
            fail(problems.size() + " snippet problem(s):\n  - "
                    + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  - ")));
        }
    }

    // The checker's own behaviour, on documents written here: it must be able to fail.

    @Test
    void aBlockEqualToItsRegionAfterDedentPasses() throws IOException {
        write("Src.java", "class Src {\n    void f() {\n        // tag::a[]\n        int x = 1;\n          x++;\n        // end::a[]\n    }\n}\n");
        Path doc = write("docs/g.md", "# g\n\n<!-- snippet: Src.java#a -->\n```java\nint x = 1;\n  x++;\n```\n");
        assertEquals(List.of(), check(dir, doc));
    }

    @Test
    void aBlockThatDiffersIsNamedWithItsDocumentLineAndTheDifference() throws IOException {
        write("Src.java", "// tag::a[]\nint x = 1;\n// end::a[]\n");
        Path doc = write("docs/g.md", "# g\n\n<!-- snippet: Src.java#a -->\n```java\nint x = 2;\n```\n");
        List<Problem> problems = check(dir, doc);
        assertEquals(1, problems.size());
        assertEquals("docs/g.md line 4", problems.get(0).where());
        assertTrue(problems.get(0).what().contains("doc:    int x = 2;"), problems.get(0).what());
        assertTrue(problems.get(0).what().contains("source: int x = 1;"), problems.get(0).what());
    }

    @Test
    void aBlockWithoutMarkerAMissingFileAndAMissingTagAreProblems() throws IOException {
        write("Src.java", "// tag::a[]\nint x = 1;\n// end::a[]\n");
        Path doc = write("docs/g.md", "```java\nint x = 1;\n```\n\n<!-- snippet: Nope.java#a -->\n```java\nint x = 1;\n```\n"
                + "<!-- snippet: Src.java#b -->\n```java\nint x = 1;\n```\n");
        List<String> problems = check(dir, doc).stream().map(Problem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("docs/g.md line 1: ```java block without"), problems.get(0));
        assertTrue(problems.get(1).contains("'Nope.java' does not exist"), problems.get(1));
        assertTrue(problems.get(2).contains("has no region // tag::b[]"), problems.get(2));
    }

    @Test
    void otherFencesAreNotJavaBlocksAndTheRootIsFound() throws IOException {
        Path doc = write("docs/g.md", "```text\nint x = 1;\n```\n```xml\n<a/>\n```\n");
        assertEquals(List.of(), check(dir, doc));
        Path root = repositoryRoot();
        assertTrue(Files.isDirectory(root.resolve("examples")), root.toString());
        assertFalse(documents(root).isEmpty());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
