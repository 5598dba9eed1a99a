package org.mizan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Json;

class ApiTest {
  @TempDir static Path data;
  static TestArchive archive;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    archive = new TestArchive(data);
  }

  @AfterAll
  static void stop() {
    archive.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(archive.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return Json.mapper().readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void listsStoriesWithPagingAndShowsAStoryWithItsSources() throws Exception {
    JsonNode all = json("/api/stories");
    assertThat(all.get("total").asInt()).isEqualTo(2);
    JsonNode first = json("/api/stories?limit=1");
    assertThat(first.get("items")).hasSize(1);
    JsonNode second = json("/api/stories?limit=1&offset=1");
    assertThat(second.get("items").get(0).get("id").asText()).isNotEqualTo(first.get("items").get(0).get("id").asText());
    String seedStory = json("/api/stories?q=" + enc("ويتكوف")).get("items").get(0).get("id").asText();
    JsonNode detail = json("/api/stories/" + seedStory);
    assertThat(detail.get("sources")).hasSize(5);
    assertThat(detail.get("story").get("documents")).hasSize(5);
    assertThat(json("/api/documents?story=" + seedStory).get("total").asInt()).isEqualTo(5);
    // two seeds share a copied agency paragraph: the stored story shows it as a syndication group
    JsonNode groups = detail.get("story").get("syndication");
    assertThat(groups).isNotEmpty();
    List<String> members = new java.util.ArrayList<>();
    detail.get("story").get("documents").forEach(d -> members.add(d.asText()));
    for (JsonNode g : groups) {
      assertThat(g.get("documents").size()).isGreaterThanOrEqualTo(2);
      for (JsonNode d : g.get("documents")) {
        assertThat(members).contains(d.asText());
        assertThat(g.get("shared_paragraphs").get(d.asText())).isNotEmpty();
      }
    }
  }

  @Test
  void filtersStoriesByDateRangeOutletAndEntity() throws Exception {
    JsonNode seed = json("/api/stories?q=" + enc("ويتكوف")).get("items").get(0);
    String id = seed.get("id").asText();
    String first = seed.get("first_seen").asText().substring(0, 10);
    String last = seed.get("last_seen").asText().substring(0, 10);
    assertThat(ids(json("/api/stories?from=" + first + "&to=" + last))).contains(id);
    assertThat(ids(json("/api/stories?from=" + last))).contains(id);
    assertThat(ids(json("/api/stories?to=" + first))).contains(id);
    assertThat(ids(json("/api/stories?from=2099-01-01"))).doesNotContain(id);
    assertThat(ids(json("/api/stories?to=1999-01-01"))).doesNotContain(id);
    String outlet = seed.get("outlets").get(0).asText();
    assertThat(ids(json("/api/stories?outlet=" + enc(outlet)))).contains(id);
    assertThat(json("/api/stories?outlet=" + enc("لا يوجد منفذ كهذا")).get("total").asInt()).isZero();
    JsonNode detail = json("/api/stories/" + id);
    String entity = detail.get("entities").get(0).get("id").asText();
    assertThat(ids(json("/api/stories?entity=" + entity))).contains(id);
    JsonNode e = json("/api/entities/" + entity);
    String canonical = e.get("entity").get("canonical").asText();
    e.get("entity").get("aliases").forEach(a -> assertThat(a.asText()).isNotEqualTo(canonical));
    // a person named in full and by surname: the surname is an alias, with no clitic form
    JsonNode putin = json("/api/entities?q=" + enc("بوتين")).get("items").get(0);
    assertThat(putin.get("canonical").asText()).isEqualTo("فلاديمير بوتين");
    assertThat(putin.get("aliases").toString()).contains("\"بوتين\"").doesNotContain("لبوتين");
    assertThat(e.get("documents").get("total").asInt()).isGreaterThan(0);
    // quotes by speaker, by any word of the name
    JsonNode rubio = json("/api/quotes?speaker=" + enc("روبيو"));
    assertThat(rubio.get("total").asInt()).isGreaterThan(0);
    rubio.get("items").forEach(q -> assertThat(q.get("quote").get("speaker").toString()).contains("روبيو"));
  }

  static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(i -> out.add(i.get("id").asText()));
    return out;
  }

  @Test
  void searchesArabicTextAcrossSpellings() throws Exception {
    JsonNode hits = json("/api/search?q=" + enc("الكرملين"));
    assertThat(hits.get("total").asInt()).isGreaterThanOrEqualTo(3);
    JsonNode clitic = json("/api/search?q=" + enc("بالكرملين"));
    assertThat(clitic.get("total").asInt()).isEqualTo(hits.get("total").asInt());
    assertThat(hits.get("items").get(0).get("snippet").asText()).contains("الكرملين");
  }

  @Test
  void documentsKeepUntrustedTextAsDataAndExposeRemovedLines() throws Exception {
    JsonNode d = json("/api/documents/" + TestArchive.HOSTILE);
    List<String> texts = new ArrayList<>();
    d.get("paragraphs").forEach(p -> texts.add(p.get("text").asText()));
    assertThat(String.join("\n", texts)).contains("<script>window.__pwned='script'</script>");
    assertThat(d.has("removed")).isTrue();
  }

  @Test
  void refusesBadRequestsWithJsonErrors() throws Exception {
    assertError("/api/stories?bogus=1", 400, "unknown parameter 'bogus'");
    assertError("/api/stories?limit=101", 400, "limit");
    assertError("/api/stories?limit=abc", 400, "limit");
    assertError("/api/stories?offset=-1", 400, "offset");
    assertError("/api/stories?from=yesterday", 400, "from");
    assertError("/api/stories?q=a&q=b", 400, "more than once");
    assertError("/api/search?q=" + "ك".repeat(201), 400, "longer than 200");
    assertError("/api/search", 400, "'q' is required");
    assertError("/api/stories/nope", 404, "no story nope");
    assertError("/api/entities/nope", 404, "no entity");
    assertError("/api/documents/%2e%2e", 400, "invalid document id");
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(archive.base() + "/api/stories"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(Json.mapper().readTree(post.body()).get("status").asInt()).isEqualTo(405);
    HttpResponse<String> big = http.send(HttpRequest.newBuilder(URI.create(archive.base() + "/api/stories"))
        .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(2_000_000))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(big.statusCode()).isEqualTo(413);
  }

  @Test
  void noRequestPathReachesTheFileSystem() throws Exception {
    for (String p : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
        "/app.js/../../../../etc/passwd", "/%252e%252e/etc/passwd", "/api/documents/..%2f..%2fetc%2fpasswd",
        "/org/mizan/server/openapi.json", "/WEB-INF/web.xml", "/ui/app.js", "/index.html%00.js", "/pom.xml")) {
      HttpResponse<String> r = get(p);
      assertThat(r.statusCode()).as(p).isIn(400, 404);
      assertThat(r.body()).as(p).doesNotContain("root:").doesNotContain("<project");
    }
  }

  @Test
  void pagesAreServedFromTheClasspathWithAStrictContentSecurityPolicy() throws Exception {
    for (String p : List.of("/", "/index.html", "/story.html", "/entity.html", "/article.html", "/app.js", "/app.css")) {
      HttpResponse<String> r = get(p);
      assertThat(r.statusCode()).as(p).isEqualTo(200);
      assertThat(r.headers().firstValue("content-security-policy").orElse("")).contains("script-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("x-content-type-options")).contains("nosniff");
    }
    assertThat(get("/app.js").body()).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write").doesNotContain("eval(");
  }

  @Test
  void openApiDescribesEveryEndpoint() throws Exception {
    JsonNode spec = json("/openapi.json");
    List<String> paths = new ArrayList<>();
    spec.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyInAnyOrder("/api/stats", "/api/stories", "/api/stories/{id}", "/api/documents",
        "/api/documents/{id}", "/api/entities", "/api/entities/{id}", "/api/quotes", "/api/search");
    assertThat(json("/api/stats").get("documents").asInt()).isEqualTo(6);
    assertThat(json("/api/quotes").get("total").asInt()).isGreaterThanOrEqualTo(0);
    assertThat(json("/api/entities").get("total").asInt()).isGreaterThanOrEqualTo(0);
  }

  private static void assertError(String path, int status, String message) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    JsonNode body = Json.mapper().readTree(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText()).as(path).contains(message);
  }
}
