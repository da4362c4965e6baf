package org.kofu.demodata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * demo-data's packages: no cycle, and no product code: the demo stands in for the existing systems.
 */
@AnalyzeClasses(
    packages = "org.kofu.demodata",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DemoDataStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule demoKnowsNoProduct =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.kofu.core..",
              "org.kofu.projectdb..",
              "org.kofu.cache..",
              "org.kofu.batch..",
              "org.kofu.relay..",
              "org.kofu.admin..",
              "org.kofu.standalone..",
              "org.kofu.bench..")
          .because(
              "the demo copies the existing systems' tables as they are; product code must not shape it,"
                  + " nor may it lean on product code the existing systems do not have");
}
