package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Problem;
import org.mizan.testing.Fixtures;

/** URL inputs against a local server (no internet): pages, redirects, failures and hostile cases. */
class UrlFetcherTest {
  // (a read time-out long enough for a loaded CI machine; the time-out test has its own short one)
  private static final UrlFetcher.Options LOCAL = UrlFetcher.Options.DEFAULT.withAllowPrivate(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
  private static final UrlFetcher.Options SHORT = LOCAL.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));
  private static HttpServer server;
  private static String base;
  private static List<String> seed;
  private static final Map<String, String> userAgents = new ConcurrentHashMap<>();

  private final List<RawArticle> articles = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    seed = Fixtures.lines(Fixtures.seedFiles().get(0));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.createContext("/news/2025/12/03/article.html", x -> {
      userAgents.put("article", x.getRequestHeaders().getFirst("User-Agent"));
      send(x, 200, "text/html; charset=utf-8", html(seed, "utf-8").getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/cp1256.html", x -> send(x, 200, "text/html; charset=windows-1256",
        html(seed, "windows-1256").getBytes(Charset.forName("windows-1256"))));
    server.createContext("/moved", x -> redirect(x, "/news/2025/12/03/article.html"));
    server.createContext("/loop", x -> redirect(x, "/loop"));
    server.createContext("/missing", x -> send(x, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/broken", x -> send(x, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/slow", x -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(x, 200, "text/html", html(seed, "utf-8").getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/huge", x -> {
      x.getResponseHeaders().set("Content-Type", "text/html");
      x.sendResponseHeaders(200, 0); // chunked: no Content-Length to check up front
      try (OutputStream o = x.getResponseBody()) {
        byte[] chunk = "<p>كلام كثير جدا</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 200; i++) o.write(chunk);
      } catch (IOException e) {
        // the client hung up at the cap, as it should
      }
    });
    server.createContext("/picture.png", x -> send(x, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    server.createContext("/list.txt", x -> send(x, 200, "text/plain", (base + "/moved\n").getBytes(StandardCharsets.UTF_8)));
    server.createContext("/feed.xml", x -> send(x, 200, "application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<rss version=\"2.0\"><channel><title>وكالة</title><item><title>" + seed.get(2) + "</title><link>" + base
        + "/news/2025/12/03/article.html</link><description>" + seed.get(6) + "</description></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8)));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static String html(List<String> lines, String charset) {
    StringBuilder sb = new StringBuilder("<!doctype html><html lang=ar><head><meta charset=\"" + charset + "\"><title>")
        .append(esc(lines.get(2))).append("</title></head><body><nav><a href=/>الرئيسية</a></nav><article>");
    for (String l : lines) sb.append("<p>").append(esc(l)).append("</p>\n");
    return sb.append("</article></body></html>").toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(body);
    }
  }

  private static void redirect(HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().set("Location", to);
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  private void read(UrlFetcher.Options options, String... inputs) {
    new Ingestor().urls(options).read(List.of(inputs), articles::add, problems::add);
  }

  private String onlyProblem() {
    assertThat(problems).hasSize(1);
    return problems.get(0).toString();
  }

  /** The body text of the fetched article contains the seed's longest paragraph. */
  private void assertSeedArticle(RawArticle a) {
    String longest = seed.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    assertThat(a.lines()).contains(longest);
    assertThat(a.format()).isEqualTo("html");
  }

  @Test
  void arabicHtmlPageIsReadWithItsUrlAndPoliteUserAgent() {
    String url = base + "/news/2025/12/03/article.html";
    read(LOCAL, url);
    assertThat(problems).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> {
      assertSeedArticle(a);
      assertThat(a.input()).isEqualTo(url);
      assertThat(a.meta()).containsEntry(RawArticle.URL, url).containsEntry(RawArticle.TITLE, seed.get(2));
    });
    assertThat(userAgents.get("article")).startsWith("Mizan/");
  }

  @Test
  void redirectIsFollowedAndTheFinalUrlIsTheArticleUrl() {
    read(LOCAL, base + "/moved");
    assertThat(problems).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> {
      assertSeedArticle(a);
      assertThat(a.input()).isEqualTo(base + "/moved");
      assertThat(a.meta()).containsEntry(RawArticle.URL, base + "/news/2025/12/03/article.html");
    });
  }

  @Test
  void redirectLoopStopsAfterFiveHops() {
    read(LOCAL, base + "/loop");
    assertThat(onlyProblem()).isEqualTo(base + "/loop: too many redirects (more than 5)");
  }

  @Test
  void httpErrorsNameTheUrlAndStatus() {
    read(LOCAL, base + "/missing", base + "/broken");
    assertThat(articles).isEmpty();
    assertThat(problems).extracting(Problem::toString)
        .containsExactly(base + "/missing: HTTP 404 (not found)", base + "/broken: HTTP 500 (server error)");
  }

  @Test
  void slowServerTimesOut() {
    long t0 = System.nanoTime();
    read(SHORT, base + "/slow");
    assertThat(onlyProblem()).isEqualTo(base + "/slow: timed out: no response within 0.7 s");
    assertThat(System.nanoTime() - t0).isLessThan(2_500_000_000L);
  }

  @Test
  void oversizedBodyIsCutAtTheCapWhileStreaming() {
    UrlFetcher.Options small = new UrlFetcher.Options(Duration.ofSeconds(2), Duration.ofSeconds(5), true, 1 << 20, 4);
    read(small, base + "/huge");
    assertThat(articles).isEmpty();
    assertThat(onlyProblem()).isEqualTo(base + "/huge: too large (more than 1 MB): skipped");
  }

  @Test
  void windows1256PageIsDecoded() {
    read(LOCAL, base + "/cp1256.html");
    assertThat(problems).isEmpty();
    assertThat(articles).singleElement().satisfies(this::assertSeedArticle);
  }

  @Test
  void rssFeedByUrlGivesItsEntries() {
    read(LOCAL, base + "/feed.xml");
    assertThat(problems).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.format()).isEqualTo("rss");
      assertThat(a.meta()).containsEntry(RawArticle.TITLE, seed.get(2));
      assertThat(String.join(" ", a.lines())).contains(seed.get(6));
    });
  }

  @Test
  void nonArticleContentIsRefused() {
    read(LOCAL, base + "/picture.png", base + "/list.txt");
    assertThat(articles).isEmpty();
    assertThat(problems).extracting(Problem::toString).containsExactly(
        base + "/picture.png: not an article: the server sent image/png",
        base + "/list.txt: not an article: the page is a list of URLs (not followed)");
  }

  @Test
  void privateAddressesAreRefusedWithoutTheFlag() {
    read(UrlFetcher.Options.DEFAULT, base + "/news/2025/12/03/article.html", "http://localhost:1/x");
    assertThat(articles).isEmpty();
    assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.reason())
        .startsWith("refused: host '").contains("is a private or local address").contains("--allow-private-urls"));
  }

  @Test
  void badSchemesAndMalformedUrlsAreRefused() {
    read(LOCAL, "file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)", "http://exa mple.com/", "http:///nohost");
    assertThat(articles).isEmpty();
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "file:///etc/passwd: unsupported URL scheme 'file:': only http and https pages are fetched",
        "ftp://example.com/a: unsupported URL scheme 'ftp:': only http and https pages are fetched",
        "javascript:alert(1): unsupported URL scheme 'javascript:': only http and https pages are fetched",
        "http://exa mple.com/: malformed URL: Illegal character in authority",
        "http:///nohost: malformed URL: no host name");
  }

  @Test
  void unknownHostIsADnsFailure() {
    read(UrlFetcher.Options.DEFAULT, "http://no-such-host.invalid/a");
    assertThat(onlyProblem()).isEqualTo(
        "http://no-such-host.invalid/a: cannot resolve host 'no-such-host.invalid' (DNS lookup failed)");
  }

  @Test
  void dnsAnswersStayCachedSoTheCheckedAddressIsTheOneConnectedTo() {
    new UrlFetcher(UrlFetcher.Options.DEFAULT);
    assertThat(Integer.parseInt(java.security.Security.getProperty("networkaddress.cache.ttl").strip())).isNotZero();
  }

  @Test
  void privateAddressTestsCoverTheRanges() throws Exception {
    for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
        "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd00::1")) {
      assertThat(UrlFetcher.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
    }
    for (String a : List.of("8.8.8.8", "93.184.216.34", "2606:4700::1111", "100.128.0.1")) {
      assertThat(UrlFetcher.isPrivate(InetAddress.getByName(a))).as(a).isFalse();
    }
  }

  @Test
  void urlListFileIsFetchedInOrderAndNeverReadAsAnArticle(@TempDir Path tmp) throws IOException {
    Path list = tmp.resolve("today.txt");
    Files.writeString(list, "# morning links\n" + base + "/news/2025/12/03/article.html\n\n" + base + "/missing\n"
        + "file:///etc/passwd\n" + base + "/cp1256.html\n");
    read(LOCAL, list.toString());
    assertThat(articles).hasSize(2).allSatisfy(this::assertSeedArticle);
    assertThat(articles).extracting(RawArticle::input)
        .containsExactly(base + "/news/2025/12/03/article.html", base + "/cp1256.html");
    assertThat(articles.get(0).id()).isNotEqualTo(articles.get(1).id());
    assertThat(problems).extracting(Problem::toString).containsExactly(
        base + "/missing: HTTP 404 (not found)",
        "file:///etc/passwd: unsupported URL scheme 'file:': only http and https pages are fetched");
  }

  @Test
  void dotUrlsFileIsAListEvenWithAStrayLine(@TempDir Path tmp) throws IOException {
    Path list = tmp.resolve("today.urls");
    Files.writeString(list, base + "/cp1256.html\nخبر عاجل\n");
    read(LOCAL, list.toString());
    assertThat(articles).singleElement().satisfies(this::assertSeedArticle);
    assertThat(onlyProblem()).isEqualTo("خبر عاجل: not a URL (no http:// or https://)");
  }

  @Test
  void textMentioningUrlsIsStillAnArticle() {
    assertThat(UrlList.parse("قال المتحدث إن التفاصيل على الموقع\nhttps://example.com/a")).isNull();
    assertThat(UrlList.parse("# only a comment\n\n")).isNull();
    assertThat(UrlList.parse("ftp://example.com/a")).isNull();
    assertThat(UrlList.parse(" https://a.example/x \r\n#c\nhttp://b.example/y")).containsExactly(
        "https://a.example/x", "http://b.example/y");
    // one malformed or hostile line does not turn a list into an article made of links
    assertThat(UrlList.parse("https://a.example/x\nhttp://a b\njavascript:alert(1)\nfile:///etc/passwd")).containsExactly(
        "https://a.example/x", "http://a b", "javascript:alert(1)", "file:///etc/passwd");
    assertThat(UrlList.parse("Source: Reuters\nhttps://a.example/x")).isNull();
    // short stray notes among two or more URLs are refused by themselves; a line of prose makes an article
    assertThat(UrlList.parse("https://a.example/x\nنسخة قديمة\nhttps://b.example/y\nnot a url")).containsExactly(
        "https://a.example/x", "نسخة قديمة", "https://b.example/y", "not a url");
    assertThat(UrlList.parse("https://a.example/x\nقال المتحدث إن التفاصيل على الموقع\nhttps://b.example/y\nhttps://c.example/z"))
        .isNull();
  }

  @Test
  void aMalformedUrlInAListIsRefusedByItself() {
    read(LOCAL, "http://a b");
    assertThat(articles).isEmpty();
    assertThat(onlyProblem()).startsWith("http://a b: ");
  }
}
