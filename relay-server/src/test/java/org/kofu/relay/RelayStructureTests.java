package org.kofu.relay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** relay-server's packages: no cycle, and neither the batch's nor the admin's classes. */
@AnalyzeClasses(packages = "org.kofu.relay", importOptions = ImportOption.DoNotIncludeTests.class)
class RelayStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule relayKnowsNoBatch =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.kofu.batch..")
          .because(
              "the relay and the batch meet only in the cache and the project database; either must run,"
                  + " fail and be deployed without the other");

  @ArchTest
  static final ArchRule relayKnowsNoAdminNorDemo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.kofu.admin..", "org.kofu.standalone..", "org.kofu.demodata..")
          .because(
              "the relay answers the center from the existing systems; demo data is for tests");
}
