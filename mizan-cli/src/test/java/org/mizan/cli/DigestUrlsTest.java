package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Json;
import org.mizan.testing.Fixtures;

/** {@code mizan digest urls.txt}: the pages a list names are fetched and digested (local server, no internet). */
class DigestUrlsTest {

  @Test
  void urlListIsFetchedAndDigestedWithProblemsNamingTheUrls(@TempDir Path tmp) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    List<Path> seeds = Fixtures.seedFiles();
    for (int i = 0; i < seeds.size(); i++) {
      StringBuilder html = new StringBuilder("<html><head><meta charset=utf-8></head><body><article>");
      for (String l : Fixtures.lines(seeds.get(i))) {
        html.append("<p>").append(l.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
      }
      byte[] body = html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
      server.createContext("/news/" + i + ".html", x -> {
        x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        x.sendResponseHeaders(200, body.length);
        try (OutputStream o = x.getResponseBody()) {
          o.write(body);
        }
      });
    }
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      List<String> urls = new ArrayList<>();
      for (int i = 0; i < seeds.size(); i++) urls.add(base + "/news/" + i + ".html");
      Path list = tmp.resolve("urls.txt");
      Files.writeString(list, "# today\n" + String.join("\n", urls) + "\n" + base + "/gone.html\n");
      Path out = tmp.resolve("out");

      DigestBadInputTest.Run r = DigestBadInputTest.run(new byte[0], "digest", "-q", "-o", out.toString(),
          "--allow-private-urls", list.toString());
      assertThat(r.code()).isZero();
      assertThat(r.err()).containsExactly("mizan: " + base + "/gone.html: HTTP 404 (not found)");
      List<String> docs = Files.readAllLines(out.resolve("documents.jsonl"));
      assertThat(docs).hasSize(seeds.size());
      List<String> docUrls = new ArrayList<>();
      for (String d : docs) {
        JsonNode n = Json.mapper().readTree(d);
        docUrls.add(n.get("url").asText());
        assertThat(n.get("paragraphs").size()).isGreaterThan(3);
      }
      assertThat(docUrls).containsExactlyInAnyOrderElementsOf(urls);
      assertThat(Files.readString(out.resolve("documents.jsonl"))).doesNotContain("urls.txt");

      // without the flag the local server is refused: nothing to digest, one line per URL
      DigestBadInputTest.Run refused = DigestBadInputTest.run(new byte[0], "digest", "-q", "-o",
          tmp.resolve("out2").toString(), list.toString());
      assertThat(refused.code()).isEqualTo(Mizan.NOTHING_PROCESSED);
      assertThat(refused.err()).filteredOn(l -> l.contains("--allow-private-urls")).hasSize(seeds.size() + 1);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void nonPositiveUrlTimeoutIsAUsageError(@TempDir Path tmp) {
    DigestBadInputTest.Run r = DigestBadInputTest.run(new byte[0], "digest", "-q", "-o", tmp.toString(),
        "--url-timeout", "0", "https://example.com/a");
    assertThat(r.code()).isEqualTo(Mizan.USAGE);
    assertThat(r.err()).containsExactly("mizan: --url-connect-timeout and --url-timeout must be positive");
  }
}
