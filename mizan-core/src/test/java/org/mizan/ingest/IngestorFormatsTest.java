package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Problem;
import org.mizan.testing.Fixtures;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class IngestorFormatsTest {
  final List<RawArticle> articles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  void read(String... inputs) {
    new Ingestor().read(List.of(inputs), articles::add, problems::add);
  }

  void read(String name, byte[] bytes) {
    new Ingestor().readBytes(name, bytes, articles::add, problems::add);
  }

  @Test
  void seedsAreReadAsTextWithStableContentIds() {
    read(Fixtures.seedsDir().toString());
    assertThat(articles).hasSize(5);
    assertThat(articles).allSatisfy(a -> assertThat(a.format()).isEqualTo("text"));
    List<RawArticle> again = new ArrayList<>();
    new Ingestor().read(List.of(Fixtures.seedsDir().toString()), again::add, problems::add);
    assertThat(again).extracting(RawArticle::id).containsExactlyElementsOf(articles.stream().map(RawArticle::id).toList());
    assertThat(problems).isEmpty();
    assertThat(articles.get(0).lines().get(0)).isEqualTo("الأربعاء، 03 ديسمبر 2025");
  }

  @Test
  void legacyEncodedTextIsDecodedWhateverItsName(@TempDir Path tmp) throws Exception {
    String s = Files.readString(Fixtures.seed("002"));
    Path f = tmp.resolve("article.dat");
    Files.write(f, s.getBytes(EncodingDetector.CP1256));
    read(f.toString());
    assertThat(articles).singleElement().satisfies(a -> assertThat(a.lines()).contains(Lines.of(s).get(2)));
  }

  @Test
  void htmlIsDetectedByContentAndItsMetadataKept() {
    read("page.txt", HtmlExtractorTest.page().getBytes(StandardCharsets.UTF_8));
    RawArticle a = articles.get(0);
    assertThat(a.format()).isEqualTo("html");
    assertThat(a.lines()).containsSubsequence(HtmlExtractorTest.BODY);
    assertThat(a.meta(RawArticle.SITE_NAME)).isEqualTo("صحيفة المثال");
  }

  @Test
  void utf16HtmlAndIso88596JsonLinesAreDecoded() {
    read("page", HtmlExtractorTest.page().getBytes(StandardCharsets.UTF_16LE));
    assertThat(articles.get(0).lines()).containsSubsequence(HtmlExtractorTest.BODY);
    articles.clear();
    String jsonl = "{\"id\": \"i1\", \"text\": \"" + HtmlExtractorTest.BODY.get(1) + "\"}\n";
    read("legacy.jsonl", jsonl.getBytes(EncodingDetector.ISO_8859_6));
    assertThat(articles).singleElement().satisfies(a ->
        assertThat(a.lines()).containsExactly(new String(HtmlExtractorTest.BODY.get(1).getBytes(EncodingDetector.ISO_8859_6),
            EncodingDetector.ISO_8859_6)));
  }

  @Test
  void htmlInWindows1256WithMetaCharset() {
    String html = HtmlExtractorTest.page().replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1256\">");
    read("page.html", html.getBytes(EncodingDetector.CP1256));
    assertThat(articles.get(0).lines()).containsSubsequence(HtmlExtractorTest.BODY);
  }

  @Test
  void jsonLinesKeepGivenIdsAndSkipOnlyTheBrokenLine() {
    String jsonl = """
        {"id": "a-1", "title": "عنوان أول", "text": "فقرة أولى.\\n\\nفقرة ثانية.", "url": "https://x.example/1", "source": "مصدر", "published": "2025-12-03"}
        {"id": "a-2", "title": "عنوان مكسور", "text": "نص
        {"id": "a-3", "headline": "عنوان ثالث", "date_extracted": "2015-07-23 19:28:22", "html": "<html><body><article><p>فقرة من صفحة كاملة، طويلة بما يكفي لتعد فقرة.</p></article></body></html>"}
        """;
    read("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertThat(articles).extracting(RawArticle::id).containsExactly("a-1", "a-3");
    assertThat(articles.get(0).lines()).containsExactly("فقرة أولى.", "فقرة ثانية.");
    assertThat(articles.get(0).meta()).containsEntry(RawArticle.PUBLISHED, "2025-12-03").containsEntry(RawArticle.SOURCE, "مصدر");
    assertThat(articles.get(0).format()).isEqualTo("jsonl");
    assertThat(articles.get(1).lines()).containsExactly("فقرة من صفحة كاملة، طويلة بما يكفي لتعد فقرة.");
    assertThat(articles.get(1).meta()).containsEntry(RawArticle.RETRIEVED, "2015-07-23 19:28:22")
        .doesNotContainKey(RawArticle.PUBLISHED);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo("feed.jsonl#2");
      assertThat(p.reason()).startsWith("not valid JSON");
    });
  }

  @Test
  void jsonLinesWithAFirstLineLongerThanTheSniffedHeadKeepEveryRecord() {
    String longText = "فقرة طويلة من خبر حقيقي. ".repeat(400); // ~10 KB on one line
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      jsonl.append("{\"title\": \"عنوان ").append(i).append("\", \"content\": \"").append(longText).append(i).append("\"}\n");
    }
    read("day.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(problems).isEmpty();
    assertThat(articles).hasSize(3);
    assertThat(articles).extracting(a -> a.meta().get(RawArticle.TITLE)).containsExactly("عنوان 1", "عنوان 2", "عنوان 3");
    assertThat(articles.get(0).format()).isEqualTo("jsonl");
  }

  @Test
  void concatenatedJsonObjectsAreAllRead() {
    read("many.json", "{\n \"title\": \"أ\", \"text\": \"نص أول\"\n}\n{\n \"title\": \"ب\", \"text\": \"نص ثان\"\n}\n"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(problems).isEmpty();
    assertThat(articles).extracting(a -> a.meta().get(RawArticle.TITLE)).containsExactly("أ", "ب");
    read("one.json", "{\n \"title\": \"ج\", \"text\": \"نص\"\n}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(articles).hasSize(3);
    read("tail.json", "{\n \"title\": \"د\", \"text\": \"نص\"\n}\n%%% garbage".getBytes(StandardCharsets.UTF_8));
    assertThat(articles).hasSize(4);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo("tail.json");
      assertThat(p.reason()).startsWith("text after the JSON object ignored");
    });
  }

  @Test
  void jsonWithWrongTypesIsReportedNotThrown() {
    read("odd.jsonl", "{\"title\": 5, \"text\": {\"x\": 1}}\n[1,2]\n{\"text\": [\"سطر\", 7]}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(problems).extracting(Problem::input).containsExactly("odd.jsonl#1", "odd.jsonl#2");
    assertThat(articles).singleElement().satisfies(a -> assertThat(a.lines()).containsExactly("سطر، 7"));
  }

  @Test
  void hostileIdsBecomeSafeFileNamesAndDuplicatesStayDistinct() {
    read("ids.jsonl", ("{\"id\": \"../../etc/passwd\", \"text\": \"نص\"}\n{\"id\": \"x\", \"text\": \"نص\"}\n"
        + "{\"id\": \"x\", \"text\": \"نص آخر\"}\n").getBytes(StandardCharsets.UTF_8));
    List<String> ids = articles.stream().map(RawArticle::id).toList();
    assertThat(ids.get(0)).matches("[A-Za-z0-9_-]+").doesNotContain("..").startsWith("etc_passwd-");
    assertThat(ids.subList(1, 3)).containsExactly("x", "x-2");
  }

  @Test
  void saudiNewsNetDaysLoadAsTheyAreAndFromTheirZip(@TempDir Path tmp) throws Exception {
    Path dir = Fixtures.requireSharedData("saudinewsnet");
    Path zip = dir.resolve("2015-07-21.zip");
    read(zip.toString());
    assertThat(articles.size()).isGreaterThan(500);
    RawArticle first = articles.get(0);
    assertThat(first.input()).isEqualTo(zip + "!2015-07-21.json#1");
    assertThat(first.meta(RawArticle.SOURCE)).isNotBlank();
    assertThat(first.meta(RawArticle.TITLE)).isNotBlank();
    assertThat(first.meta(RawArticle.URL)).startsWith("http");
    assertThat(problems).allSatisfy(p -> assertThat(p.reason()).contains("no article text"));
    // the same array unzipped
    int n = articles.size();
    Path json = tmp.resolve("day.json");
    try (var z = new java.util.zip.ZipFile(zip.toFile())) {
      Files.copy(z.getInputStream(z.entries().nextElement()), json);
    }
    articles.clear();
    read(json.toString());
    assertThat(articles).hasSize(n);
  }

  @Test
  void zipAndGzipContainersAreOpenedWhateverTheirName() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("a/one.txt"));
      z.write("السطر الأول من الخبر".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("a/two.html"));
      z.write(HtmlExtractorTest.page().getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("a/pic.png"));
      z.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    }
    read("bundle", zip.toByteArray());
    assertThat(articles).extracting(RawArticle::input).containsExactly("bundle!a/one.txt", "bundle!a/two.html");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).isEqualTo(
        "bundle!a/pic.png: not an article: looks like a PNG image"));
    articles.clear();
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write("خبر مضغوط".getBytes(StandardCharsets.UTF_8));
    }
    read("x.gz", gz.toByteArray());
    assertThat(articles).singleElement().satisfies(a -> assertThat(a.lines()).containsExactly("خبر مضغوط"));
  }

  @Test
  void rssAndAtomEntriesBecomeArticles() {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>وكالة المثال</title><link>https://example.com</link><description>أخبار</description>
        <item><title>خبر أول</title><link>https://example.com/1</link><pubDate>Wed, 03 Dec 2025 09:48:00 GMT</pubDate>
        <description><![CDATA[<p>الفقرة الأولى من الخبر.</p><p>الفقرة الثانية.</p>]]></description></item>
        <item><title>خبر ثان</title><link>https://example.com/2</link><description>نص قصير</description></item>
        </channel></rss>""";
    read("feed.xml", rss.getBytes(StandardCharsets.UTF_8));
    assertThat(articles).hasSize(2);
    RawArticle a = articles.get(0);
    assertThat(a.format()).isEqualTo("rss");
    assertThat(a.input()).isEqualTo("feed.xml#1");
    assertThat(a.lines()).containsExactly("الفقرة الأولى من الخبر.", "الفقرة الثانية.");
    assertThat(a.meta()).containsEntry(RawArticle.TITLE, "خبر أول").containsEntry(RawArticle.SITE_NAME, "وكالة المثال")
        .containsEntry(RawArticle.PUBLISHED, "2025-12-03T09:48:00Z").containsEntry(RawArticle.URL, "https://example.com/1");
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title><id>urn:x</id><updated>2025-12-03T10:00:00Z</updated>
        <entry><title>عنوان</title><id>urn:1</id><link href="https://example.org/a"/><updated>2025-12-03T10:00:00Z</updated>
        <published>2025-12-03T08:00:00Z</published><content type="html">&lt;p&gt;نص الخبر الكامل.&lt;/p&gt;</content></entry></feed>""";
    articles.clear();
    read("atom", atom.getBytes(StandardCharsets.UTF_8));
    assertThat(articles).singleElement().satisfies(e -> {
      assertThat(e.lines()).containsExactly("نص الخبر الكامل.");
      assertThat(e.meta(RawArticle.PUBLISHED)).isEqualTo("2025-12-03T08:00:00Z");
    });
  }

  @Test
  void warcResponsesWithHtmlAreExtracted(@TempDir Path tmp) throws Exception {
    for (WarcCompression c : WarcCompression.values()) {
      Path warc = tmp.resolve("crawl-" + c + ".warc");
      try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          WarcWriter w = new WarcWriter(ch, c)) {
        HttpResponse page = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=windows-1256"), HtmlExtractorTest.page().getBytes(EncodingDetector.CP1256)).build();
        w.write(new WarcResponse.Builder("https://news.example/a/1").body(page).build());
        HttpResponse css = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/css"), "p{}".getBytes()).build();
        w.write(new WarcResponse.Builder("https://news.example/s.css").body(css).build());
      }
      articles.clear();
      read(warc.toString());
      assertThat(articles).singleElement().satisfies(a -> {
        assertThat(a.format()).isEqualTo("warc");
        assertThat(a.lines()).containsSubsequence(HtmlExtractorTest.BODY);
        assertThat(a.meta(RawArticle.URL)).isEqualTo("https://example.com/news/2025/12/07/budget");
      });
    }
  }

  @Test
  void dashReadsStandardInputInAnyFormat() {
    byte[] jsonl = "{\"id\":\"s1\",\"text\":\"من المدخل القياسي\"}\n".getBytes(StandardCharsets.UTF_8);
    new Ingestor(Ingestor.Limits.DEFAULT, () -> new ByteArrayInputStream(jsonl)).read(List.of("-"), articles::add, problems::add);
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("s1");
      assertThat(a.input()).isEqualTo("stdin#1");
    });
  }

  @Test
  void characterReferencesLeftInJsonTextAreDecoded() {
    String json = "{\"title\": \"توزيع &#8220;موسوعة&#8221; على &amp;quot;الخطباء&amp;quot;\","
        + " \"text\": \"قال المدير إن &quot;الخطة&quot; جاهزة.\"}";
    read("feed.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).meta(RawArticle.TITLE)).isEqualTo("توزيع “موسوعة” على \"الخطباء\"");
    assertThat(articles.get(0).lines()).containsExactly("قال المدير إن \"الخطة\" جاهزة.");
  }
}
