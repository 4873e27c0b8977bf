package dev.partnering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What a build can consume: the BOM lists every published module of the reactor, and a module is
 * unpublished only by saying so (it skips its sources and Javadoc jars, as the examples do).
 */
class DistributionTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
    }

    /** The artifact id of a module's pom: the first artifactId after its parent section. */
    static String artifactId(String pom) {
        String own = pom.replaceAll("(?s)<parent>.*?</parent>", "");
        Matcher m = ARTIFACT.matcher(own);
        assertTrue(m.find(), "a pom with an artifactId");
        return m.group(1);
    }

    @Test
    void theBomListsEveryPublishedModule() throws IOException {
        Path root = DocsSnippetsTest.repositoryRoot();
        String parent = read(root.resolve("pom.xml"));
        String defaultModules = parent.replaceAll("(?s)<profiles>.*</profiles>", "");
        TreeSet<String> published = new TreeSet<>();
        List<String> unpublished = new ArrayList<>();
        Matcher m = MODULE.matcher(defaultModules);
        while (m.find()) {
            String pom = read(root.resolve(m.group(1)).resolve("pom.xml"));
            String id = artifactId(pom);
            if (id.equals("partnering-bom")) {
                continue;
            }
            if (pom.contains("<maven.javadoc.skip>true</maven.javadoc.skip>")) {
                unpublished.add(id);
            } else {
                published.add(id);
            }
        }
        String bom = read(root.resolve("bom").resolve("pom.xml"));
        TreeSet<String> listed = new TreeSet<>();
        Matcher a = ARTIFACT.matcher(bom.replaceAll("(?s)^.*?<dependencyManagement>", "").replaceAll("(?s)</dependencyManagement>.*$", ""));
        while (a.find()) {
            listed.add(a.group(1));
        }
        assertTrue(published.contains("partnering-core"), published.toString());
        assertEquals(List.of("partnering-examples"), unpublished);
        assertEquals(published, listed, "the BOM's managed artifacts are exactly the published modules");
    }
}
