package org.kofu.projectdb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** project-db's packages: no cycle, and no role: relay, batch and admin all build on it. */
@AnalyzeClasses(
    packages = "org.kofu.projectdb",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ProjectDbStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule projectDbKnowsNoRole =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.kofu.relay..",
              "org.kofu.batch..",
              "org.kofu.admin..",
              "org.kofu.standalone..",
              "org.kofu.cache..",
              "com.hazelcast..")
          .because(
              "the roles share the project database through this module; one role's classes here would"
                  + " reach every other role");

  @ArchTest
  static final ArchRule projectDbKnowsNoLegacyNorDemo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.kofu.core..", "org.kofu.demodata..")
          .because(
              "the project's own tables stand apart from the existing systems and their demo copy");
}
