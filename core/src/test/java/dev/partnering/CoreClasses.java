package dev.partnering;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The core's main classes as ArchUnit sees them, imported once per test JVM and shared by every test that reads
 * the structure of the code ({@code ArchitectureTest}, {@code PublicApiTest}, {@code StructuralChecksTest}):
 * importing the core and resolving what it refers to is the expensive part of those tests, and the classes do not
 * change while the tests run.
 */
public final class CoreClasses {

    private static JavaClasses imported;

    private CoreClasses() {
    }

    /** @return the main classes of {@code dev.partnering} (no test classes), never null */
    public static synchronized JavaClasses imported() {
        if (imported == null) {
            imported = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.partnering");
        }
        return imported;
    }
}
