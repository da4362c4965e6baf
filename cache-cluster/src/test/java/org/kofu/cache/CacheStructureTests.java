package org.kofu.cache;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** cache-cluster's packages: no cycle, and no role above the cache. */
@AnalyzeClasses(packages = "org.kofu.cache", importOptions = ImportOption.DoNotIncludeTests.class)
class CacheStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule cacheKnowsNoRole =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.kofu.relay..", "org.kofu.batch..", "org.kofu.admin..", "org.kofu.standalone..")
          .because(
              "the relay, the batch and the admin are the cache's clients; a member runs none of their code");

  @ArchTest
  static final ArchRule cacheKnowsNoProjectDbNorDemo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.kofu.projectdb..", "org.kofu.demodata..")
          .because("a member holds encrypted bodies only; it reads no database and no demo");
}
