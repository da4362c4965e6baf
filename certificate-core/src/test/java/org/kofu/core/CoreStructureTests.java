package org.kofu.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** certificate-core's packages: no cycle, nothing of a role above it, render's arrows one way. */
@AnalyzeClasses(packages = "org.kofu.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreStructureTests {

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.kofu.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreKnowsNoCache =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.kofu.cache..", "com.hazelcast..")
          .because(
              "every role shares core, and a cache miss must always be survivable: the cache is"
                  + " reached through cache-cluster, which depends on core, never the other way");

  @ArchTest
  static final ArchRule coreKnowsNoRole =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.kofu.projectdb..",
              "org.kofu.relay..",
              "org.kofu.batch..",
              "org.kofu.admin..",
              "org.kofu.standalone..")
          .because(
              "core reads the existing systems and renders; the project's own database and the"
                  + " roles build on it");

  @ArchTest
  static final ArchRule productionCodeKnowsNoDemo =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.kofu.demodata..")
          .because("demo data is for tests and the embedded default's standalone step only");

  @ArchTest
  static final ArchRule renderArrowsRunOneWay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("renderer")
          .definedBy("org.kofu.core.render")
          .layer("layout")
          .definedBy("org.kofu.core.render.layout")
          .layer("pdf")
          .definedBy("org.kofu.core.render.pdf")
          .layer("font")
          .definedBy("org.kofu.core.render.font")
          .layer("body")
          .definedBy("org.kofu.core.render.body")
          .whereLayer("renderer")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("layout")
          .mayOnlyBeAccessedByLayers("renderer")
          .whereLayer("pdf")
          .mayOnlyBeAccessedByLayers("renderer", "layout")
          .whereLayer("font")
          .mayOnlyBeAccessedByLayers("renderer", "layout", "pdf")
          .whereLayer("body")
          .mayOnlyBeAccessedByLayers("renderer")
          .because(
              "a body, once rendered, is stamped, cached and served without the filling side;"
                  + " the page is laid out, then written, never the other way");
}
