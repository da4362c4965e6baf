package org.kofu.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTests {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void japaneseAndEnglishHaveTheSameKeys() throws IOException {
    for (String bundle : AdminI18nProvider.BUNDLES) {
      assertThat(load(bundle + "_en.properties").keySet())
          .as(bundle)
          .containsExactlyInAnyOrderElementsOf(load(bundle + "_ja.properties").keySet());
    }
  }

  @Test
  void japaneseIsTheDefaultWhateverTheBrowserAsks() {
    AdminI18nProvider provider = new AdminI18nProvider();

    assertThat(provider.getTranslation("login.title", Locale.GERMAN)).isEqualTo("ログイン");
    assertThat(provider.getTranslation("login.title", Locale.US)).isEqualTo("Sign in");
    assertThat(provider.getTranslation("password.rule", Locale.JAPANESE, 12)).startsWith("12文字");
  }

  @Test
  void everyMenuEntryIsTitledInBothLanguagesInItsOwnPlace() throws IOException {
    List<Menu> entries =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kofu.admin")
                .stream()
                .filter(c -> c.isAnnotatedWith(Menu.class))
                .map(c -> c.reflect().getAnnotation(Menu.class))
                .toList();

    assertThat(entries).hasSize(20);
    for (String language : List.of("ja", "en")) {
      assertThat(load("messages_" + language + ".properties"))
          .as(language)
          .containsKeys(entries.stream().map(Menu::title).toArray());
    }
    assertThat(entries.stream().map(Menu::order)).doesNotHaveDuplicates();
  }
}
