package org.mizan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.testing.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person sees: Debian's headless Chromium over the seeds and a hostile article. Skipped when
 * chromium or chromedriver is not installed ({@code apt-get install -y chromium chromium-driver}).
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  @TempDir static Path data;
  @TempDir static Path profile;
  static TestArchive archive;
  static ChromeDriver driver;

  @BeforeAll
  static void start() {
    driver = chrome(profile, new Dimension(1280, 1700));
    archive = new TestArchive(data);
  }

  /**
   * Debian's headless Chromium with its own profile and window size; the calling test class is
   * skipped, with a message, when chromium or chromedriver is not installed.
   */
  static ChromeDriver chrome(Path profile, Dimension window) {
    Assumptions.assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
        .as("chromium or chromedriver absent (apt-get install -y chromium chromium-driver): browser tests skipped")
        .isTrue();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=ar",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage().window().setSize(window);
    return d;
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (archive != null) archive.close();
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  Object pwned() {
    return ((JavascriptExecutor) driver).executeScript("return typeof window.__pwned === 'undefined' ? null : String(window.__pwned);");
  }

  @Test
  void aReaderSearchesFollowsAStoryAndReadsItsSources() throws Exception {
    driver.get(archive.base() + "/");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    waitFor(By.cssSelector("#stories .story-item"));
    assertThat(driver.findElements(By.cssSelector("#stories .story-item"))).hasSize(2);

    WebElement q = driver.findElement(By.name("q"));
    q.sendKeys("ويتكوف");
    driver.findElement(By.id("search-button")).click();
    waitFor(By.cssSelector("#results ~ .doc-item"));
    assertThat(driver.findElements(By.cssSelector("#stories .story-item"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector(".doc-item .snippet")).get(0).getText()).contains("ويتكوف");

    driver.findElement(By.cssSelector("#stories .story-link")).click();
    WebElement title = waitFor(By.id("story-title"));
    assertThat(title.getText()).isNotBlank();
    for (String section : List.of("summary", "timeline", "quotes", "figures", "divergences", "related", "sources",
        "syndication", "entities")) {
      assertThat(driver.findElement(By.id(section)).isDisplayed()).as(section).isTrue();
    }
    // a week the text names ("الأسبوع الماضي") is shown by its Monday, never as an ISO week code
    String timeline = driver.findElement(By.cssSelector("ul.timeline")).getText();
    assertThat(timeline).doesNotContainPattern("\\d{4}-W\\d{2}").containsPattern("أسبوع \\d{4}-\\d{2}-\\d{2}");
    // the agency paragraph two seeds share: one group, each member a link to its article
    List<WebElement> copies = driver.findElements(By.cssSelector(".syndication-item"));
    assertThat(copies).isNotEmpty();
    assertThat(copies.get(0).findElements(By.cssSelector("li a"))).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/article.html?id="));
    assertThat(copies.get(0).getText()).contains("الفقرات");
    List<WebElement> sources = driver.findElements(By.cssSelector(".doc-item"));
    assertThat(sources).hasSize(5);
    // the whole page in one picture (capped), then back to the normal window
    long height = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(6000, height + 120)));
    // into target/, so a test run leaves the checkout clean; -Dmizan.screenshots.docs=true refreshes docs/
    byte[] shot = driver.getScreenshotAs(OutputType.BYTES);
    Path shots = Fixtures.repoRoot().resolve("mizan-server/target/story-page.png");
    Files.createDirectories(shots.getParent());
    Files.write(shots, shot);
    if (Boolean.getBoolean("mizan.screenshots.docs")) Files.write(Fixtures.repoRoot().resolve("docs/story-page.png"), shot);
    driver.manage().window().setSize(new Dimension(1280, 1700));

    String storyUrl = driver.getCurrentUrl();
    List<String> articles = sources.stream().map(e -> e.findElement(By.cssSelector(".doc-link")).getAttribute("href")).toList();
    sources.get(0).findElement(By.cssSelector(".doc-link")).click();
    waitFor(By.id("article-title"));
    assertThat(driver.findElements(By.cssSelector("#body p")).size()).isGreaterThan(3);
    // the boilerplate the cleaner removed is hidden until asked for (on the first seed that has some)
    for (String a : articles) {
      driver.get(a);
      waitFor(By.id("article-title"));
      if (!driver.findElements(By.id("show-removed")).isEmpty()) break;
    }
    WebElement removed = driver.findElement(By.id("removed"));
    assertThat(removed.isDisplayed()).isFalse();
    driver.findElement(By.id("show-removed")).click();
    assertThat(removed.isDisplayed()).isTrue();
    assertThat(removed.getText()).contains("سبب الحذف");

    // an entity of the story: its page lists its names and the story
    driver.get(storyUrl);
    waitFor(By.cssSelector("#entities ~ div a.pill")).click();
    WebElement name = waitFor(By.id("entity-name"));
    assertThat(name.getText()).isNotBlank();
    assertThat(driver.findElements(By.cssSelector(".story-item"))).isNotEmpty();
  }

  @Test
  void hostileArticleContentIsShownAsTextAndNeverRuns() throws Exception {
    driver.get(archive.base() + "/article.html?id=" + TestArchive.HOSTILE);
    waitFor(By.id("article-title"));
    String body = driver.findElement(By.id("body")).getText();
    assertThat(body).contains("<script>window.__pwned='script'</script>").contains("<svg onload=");
    assertThat(driver.findElement(By.id("article-title")).getText()).contains("<img src=x onerror=");
    // the javascript: URL is not a link target
    assertThat(driver.findElement(By.id("source-link")).getAttribute("href")).doesNotStartWith("javascript");
    driver.findElement(By.id("source-link")).click();
    assertThat(driver.findElements(By.cssSelector("#body img, #body svg, #body script, #body iframe, #body style, #body math"))).isEmpty();
    if (!driver.findElements(By.id("show-removed")).isEmpty()) driver.findElement(By.id("show-removed")).click();

    driver.get(archive.base() + "/?q=" + URLEncoder.encode("الكرملين عاجل", StandardCharsets.UTF_8));
    waitFor(By.cssSelector("#stories .story-item"));
    String hostileStory = archive.store.document(TestArchive.HOSTILE).isPresent()
        ? archive.store.documents(null, null, null, 0, 100).items().stream()
            .filter(d -> d.id().equals(TestArchive.HOSTILE)).findFirst().orElseThrow().story() : null;
    driver.get(archive.base() + "/story.html?id=" + hostileStory);
    waitFor(By.id("story-title"));
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(driver.findElement(By.id("story-title"))).perform();
    Thread.sleep(300);
    assertThat(pwned()).as("window.__pwned after visiting the hostile article, search and story pages").isNull();
  }

  @Test
  void errorsAreShownAsAMessage() {
    driver.get(archive.base() + "/story.html?id=missing");
    assertThat(waitFor(By.id("error")).getText()).contains("no story missing");
    assertThat(new File(CHROMIUM.toString())).exists();
  }
}
