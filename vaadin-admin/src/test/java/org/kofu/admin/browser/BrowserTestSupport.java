package org.kofu.admin.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.kofu.admin.account.Role;
import org.kofu.admin.investigation.IssuedBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The admin on a random port against an in-memory H2 project database (one Spring context for all
 * browser tests), and a Chromium per test class.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kofu-admin-it;DB_CLOSE_DELAY=-1",
      "kofu.admin.password.max-failures=3",
      "kofu.admin.alerts.daily-volume=1",
      "kofu.legacy.madoguchi.url=" + BrowserTestSupport.MADOGUCHI_URL,
      "kofu.legacy.koseki.url=" + BrowserTestSupport.KOSEKI_URL,
      "kofu.cache.crypto.active-key-id=" + IssuedBodies.KEY_ID,
      "kofu.cache.crypto.keys." + IssuedBodies.KEY_ID + "=" + IssuedBodies.KEY
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

  /** The 窓口 database of the tests: the admin only reads it. */
  static final String MADOGUCHI_URL = "jdbc:h2:mem:madoguchi-it;DB_CLOSE_DELAY=-1";

  /** The 戸籍 database of the tests: the admin only reads it. */
  static final String KOSEKI_URL = "jdbc:h2:mem:koseki-it;DB_CLOSE_DELAY=-1";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordEncoder encoder;
  Chromium chromium;

  @BeforeAll
  void launchBrowser() {
    chromium = Chromium.launch();
  }

  @AfterAll
  void closeBrowser() {
    chromium.close();
  }

  String url(String path) {
    return "http://localhost:" + port + "/" + path;
  }

  /** An account with a known password; {@code mustChange} as if freshly issued. */
  void account(String login, Role role, String password, boolean mustChange) {
    jdbc.update("DELETE FROM admin_user WHERE login = ?", login);
    jdbc.update(
        "INSERT INTO admin_user (login, display_name, role, password_hash, must_change,"
            + " failed_attempts, locked, enabled, password_changed_at, created_at)"
            + " VALUES (?, ?, ?, ?, ?, 0, FALSE, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        login,
        login,
        role.name(),
        encoder.encode(password),
        mustChange);
    jdbc.update(
        "INSERT INTO password_history (user_id, password_hash, set_at)"
            + " SELECT id, password_hash, password_changed_at FROM admin_user WHERE login = ?",
        login);
  }

  Page signIn(String login, String password) {
    Page page = chromium.newPage();
    page.navigate(url("login"));
    submitLogin(page, login, password);
    return page;
  }

  static void submitLogin(Page page, String login, String password) {
    page.locator("#vaadinLoginUsername input").fill(login);
    page.locator("#vaadinLoginPassword input").fill(password);
    page.locator("#vaadinLoginPassword input").press("Enter");
    page.waitForLoadState(LoadState.NETWORKIDLE);
  }

  /** Fills a Vaadin text field by id and commits it, as a clerk's Tab would. */
  static void type(Page page, String id, String text) {
    page.locator("#" + id + " input").fill(text);
    page.locator("#" + id + " input").press("Tab");
  }
}
