package org.kofu.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The admin's packages as docs/architecture.md draws them: one per feature, none in a cycle with
 * another, and no arrow to another role's module (the relay, the batch nodes, the standalone
 * launcher, the benchmarks) or to the demo data: what the admin shares with them is in project-db,
 * certificate-core and cache-cluster's contract.
 */
class ArchitectureTests {

  private static final JavaClasses ADMIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.kofu.admin");

  @Test
  void noPackageIsInACycleWithAnother() {
    slices().matching("org.kofu.admin.(*)..").should().beFreeOfCycles().check(ADMIN);
  }

  @Test
  void theAdminDependsOnNoOtherRolesModule() {
    noClasses()
        .that()
        .resideInAPackage("org.kofu.admin..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.kofu.relay..",
            "org.kofu.batch..",
            "org.kofu.standalone..",
            "org.kofu.bench..",
            "org.kofu.demodata..")
        .check(ADMIN);
  }
}
