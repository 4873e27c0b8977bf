package dev.partnering.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this module, as Jackson modules report it. It is read from
 * {@code version.properties}, which the build writes from the POM, so it never drifts from the
 * artifact's version.
 *
 * @since 0.1.0
 */
public final class PackageVersion {

    /** The module version: group dev.partnering, artifact partnering-jackson3. */
    public static final Version VERSION = read();

    private PackageVersion() {
    }

    private static Version read() {
        Properties p = new Properties();
        try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from partnering-jackson3");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("version.properties of partnering-jackson3 cannot be read", e);
        }
        return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
    }
}
