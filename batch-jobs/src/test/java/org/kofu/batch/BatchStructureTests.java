package org.kofu.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** batch-jobs' packages: no cycle, and neither the relay's nor the admin's classes. */
@AnalyzeClasses(packages = "org.kofu.batch", importOptions = ImportOption.DoNotIncludeTests.class)
class BatchStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule batchKnowsNoRelay =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.kofu.relay..")
          .because(
              "the relay and the batch meet only in the cache and the project database; either must run,"
                  + " fail and be deployed without the other");

  @ArchTest
  static final ArchRule batchKnowsNoAdminNorDemo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.kofu.admin..", "org.kofu.standalone..", "org.kofu.demodata..")
          .because(
              "the admin controls jobs across processes through the JobRepository and Quartz tables;"
                  + " demo data is for tests");
}
