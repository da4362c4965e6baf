package org.kofu.standalone;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** standalone's packages: no cycle; the demo only through generate and load, no role's classes. */
@AnalyzeClasses(
    packages = "org.kofu.standalone",
    importOptions = ImportOption.DoNotIncludeTests.class)
class StandaloneStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule standaloneKnowsNoRole =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.kofu.projectdb..",
              "org.kofu.cache..",
              "com.hazelcast..",
              "org.kofu.relay..",
              "org.kofu.batch..",
              "org.kofu.admin..")
          .because(
              "the embedded default's first step only fills the demo database and renders samples;"
                  + " the roles run in their own JVMs afterwards");

  @ArchTest
  static final ArchRule demoOnlyThroughGenerateAndLoad =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.kofu.demodata..")
                  .and(
                      resideOutsideOfPackages(
                          "org.kofu.demodata.generate", "org.kofu.demodata.load")))
          .because(
              "the embedded default generates and loads the demo; its command line and test"
                  + " databases are the developers'");
}
