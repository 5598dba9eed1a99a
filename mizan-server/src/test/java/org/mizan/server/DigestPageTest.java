package org.mizan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.synthesis.DigestHtml;
import org.mizan.synthesis.DigestReport;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The self-contained digest page in Debian's headless Chromium: a sentence that a dozen outlets
 * carry cites them all, and the page still fits the window (the citations wrap, a long URL breaks).
 * Skipped without chromium and chromedriver.
 */
class DigestPageTest {
  @TempDir static Path dir;
  @TempDir static Path profile;
  static ChromeDriver driver;

  @BeforeAll
  static void start() {
    driver = BrowserTest.chrome(profile, new Dimension(900, 1200));
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
  }

  @Test
  void aSentenceCitedByADozenOutletsFitsTheWindow() throws Exception {
    String[] outlets = {"وكالة الأنباء الأولى", "صحيفة المساء الدولية", "موقع الأخبار العاجلة", "قناة الحدث الإخبارية",
        "صحيفة الصباح الجديد", "وكالة الشرق للأنباء", "إذاعة صوت المدينة", "صحيفة الرأي العام", "موقع النشرة اليومية",
        "صحيفة الوطن العربي", "قناة الخبر الأولى", "مجلة الاقتصاد والأعمال"};
    Pipeline p = Pipelines.standard();
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < outlets.length; i++) {
      String text = "افتتاح جسر الميناء الجديد أمام حركة السير\n"
          + "افتتح وزير النقل كمال الحداد صباح اليوم جسر الميناء الجديد الذي يبلغ طوله 1200 متر بكلفة 90 مليون دولار.\n"
          + "وقال الوزير في كلمة خلال الحفل إن «الجسر سيختصر زمن الرحلة بين ضفتي الميناء إلى عشر دقائق».\n"
          + "تفاصيل المشروع على http://www.example.org/projects/bridges/harbour-bridge-opening-ceremony-2015-details.html\n";
      docs.add(p.analyse(new RawArticle("d" + i, "d" + i + ".txt", "text", List.of(text.split("\n")),
          Map.of(RawArticle.SOURCE, outlets[i])), x -> { }));
    }
    Corpus corpus = p.synthesise(docs);
    Path page = dir.resolve("digest.html");
    Files.writeString(page, DigestHtml.page(DigestReport.of(corpus), corpus.documents()), StandardCharsets.UTF_8);
    driver.get(page.toUri().toString());
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long cited = ((Number) js.executeScript("return Math.max(...[...document.querySelectorAll('.cite')]"
        + ".map(c => c.querySelectorAll('a').length))")).longValue();
    assertThat(cited).as("outlets cited by one summary sentence").isGreaterThanOrEqualTo(8);
    long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    long width = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
    assertThat(scroll).as("page width against the window").isLessThanOrEqualTo(width);
  }
}
