package org.kofu.admin.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium through Playwright, with the flags measured on these machines. A missing
 * browser fails the test with instructions; nothing is skipped.
 */
final class Chromium implements AutoCloseable {

  static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  static Chromium launch() {
    Path executable = Path.of(System.getProperty("kofu.test.chromium", "/usr/bin/chromium"));
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(
          "Chromium not found at "
              + executable
              + ": install it with `apt-get install -y chromium chromium-driver fonts-noto-cjk`"
              + " (.ci/run does) or point -Dkofu.test.chromium at it");
    }
    // Playwright would otherwise try to download its own browser build, which cannot work here.
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(FLAGS));
    return new Chromium(playwright, browser);
  }

  /** A fresh page in its own context (own cookies, own session), Japanese, 1280×900. */
  Page newPage() {
    Page page =
        browser
            .newContext(
                new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(1280, 900))
            .newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  static Path screenshot(Page page, String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
