package org.kofu.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The benchmarks' packages: no cycle, and no role's classes. */
@AnalyzeClasses(packages = "org.kofu.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule benchKnowsNoRole =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.kofu.relay..",
              "org.kofu.batch..",
              "org.kofu.admin..",
              "org.kofu.cache..",
              "com.hazelcast..")
          .because(
              "the benchmarks measure the roles from outside (the relay over HTTP) or the shared"
                  + " modules they are built from, never a composition production does not run");
}
