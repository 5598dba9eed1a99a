package org.mizan.ingest;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.mizan.doc.RawArticle;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Articles from WARC files (jwarc; gzip or not): every HTTP 200 response whose payload is HTML. */
final class Warcs {
  private Warcs() {}

  static void read(String input, InputStream in, int maxPageBytes, JsonRecords.Sink sink) throws Exception {
    WarcReader reader = new WarcReader(in);
    reader.setLenient(true);
    int n = 0;
    int pages = 0;
    for (WarcRecord rec : reader) {
      n++;
      if (!(rec instanceof WarcResponse resp)) continue;
      String where = input + "#" + n;
      HttpResponse http;
      try {
        http = resp.http();
      } catch (Exception e) {
        continue; // not an HTTP capture (dns:, gemini:...)
      }
      MediaType type = http.contentType();
      String base = type.base().toString().toLowerCase(Locale.ROOT);
      if (http.status() != 200 || !(base.contains("html"))) continue;
      pages++;
      byte[] body = http.bodyDecoded().stream().readNBytes(maxPageBytes + 1);
      if (body.length > maxPageBytes) {
        sink.problem(where, "page larger than " + maxPageBytes / 1_000_000 + " MB: skipped");
        continue;
      }
      String declared = type.parameters().get("charset");
      if (declared == null) declared = FormatSniffer.declaredCharset(body, Math.min(body.length, FormatSniffer.HEAD));
      String html = EncodingDetector.decode(body, declared).text();
      HtmlExtractor.Extracted x = HtmlExtractor.extract(html, resp.target());
      Map<String, String> meta = new java.util.LinkedHashMap<>(x.meta());
      meta.putIfAbsent(RawArticle.URL, resp.target());
      if (x.lines().isEmpty()) {
        sink.problem(where, "page " + resp.target() + " has no article text");
        continue;
      }
      sink.article(where, null, x.lines(), meta);
    }
    if (pages == 0) sink.problem(input, "WARC file has no HTML responses");
  }
}
