package dev.partnering.jackson;

import com.fasterxml.jackson.core.Version;

/**
 * The version of this module, as Jackson modules report it.
 *
 * @since 0.1.0
 */
public final class PackageVersion {

    /** The module version: group dev.partnering, artifact partnering-jackson. */
    public static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "dev.partnering", "partnering-jackson");

    private PackageVersion() {
    }
}
