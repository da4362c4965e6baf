package org.kofu.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The benchmarks' packages: no cycle, and no serving role's classes (relay, admin). */
@AnalyzeClasses(packages = "org.kofu.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule benchKnowsNoServingRole =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.kofu.relay..", "org.kofu.admin..", "org.kofu.standalone..")
          .because(
              "the benchmarks measure the relay from outside (over HTTP, through the kiosk's load"
                  + " driver) and run a batch node and cache members in their own JVM"
                  + " (pregenerate), never a composition of the serving roles production does not"
                  + " run");
}
