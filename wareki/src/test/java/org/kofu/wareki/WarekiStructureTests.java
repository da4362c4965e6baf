package org.kofu.wareki;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** wareki's package: no cycle, and nothing of kofu above it. */
@AnalyzeClasses(packages = "org.kofu.wareki", importOptions = ImportOption.DoNotIncludeTests.class)
class WarekiStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule warekiKnowsNothingAbove =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.kofu.core..",
              "org.kofu.demodata..",
              "org.kofu.projectdb..",
              "org.kofu.cache..",
              "org.kofu.batch..",
              "org.kofu.relay..",
              "org.kofu.admin..",
              "org.kofu.standalone..",
              "org.kofu.bench..")
          .because(
              "era dates serve the certificates and the demo data alike, so wareki sits below both");
}
