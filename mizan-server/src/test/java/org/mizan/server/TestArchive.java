package org.mizan.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Pipelines;
import org.mizan.store.ArchiveIngest;
import org.mizan.store.MizanStore;
import org.mizan.testing.Fixtures;

/** A small archive for server tests: the five seeds and one hostile article, served on loopback. */
final class TestArchive implements AutoCloseable {
  /** The hostile article's id. */
  static final String HOSTILE = "hostile-1";
  /** Payloads that set {@code window.__pwned} if anything in them ever runs. */
  static final List<String> PAYLOADS = List.of(
      "خبر عاجل <script>window.__pwned='script'</script> عن الكرملين",
      "<img src=x onerror=\"window.__pwned='img'\"> صورة",
      "<svg onload=\"window.__pwned='svg'\"><script>window.__pwned='svg-script'</script></svg>",
      "<a href=\"javascript:window.__pwned='link'\">اضغط هنا</a>",
      "<style>body{background:url(\"javascript:window.__pwned='css'\")} *{display:none}</style>",
      "<iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
      "<div onmouseover=\"window.__pwned='hover'\" style=\"position:fixed;inset:0\">غطاء</div>",
      "\u202Eمعكوس\u202C <math><mi xlink:href=\"javascript:window.__pwned='math'\">x</mi></math>");

  final MizanStore store;
  final MizanServer server;

  TestArchive(Path data) {
    try (MizanStore writer = MizanStore.openForWriting(data)) {
      ArchiveIngest ingest = new ArchiveIngest(writer, Pipelines.standard(), 50, r -> {}, p -> {
        throw new AssertionError(p.toString());
      });
      new Ingestor().read(Fixtures.seedFiles().stream().map(Path::toString).toList(), ingest::accept, p -> {});
      ingest.accept(hostile());
      ingest.flush();
    }
    store = MizanStore.openReadOnly(data, 0);
    server = MizanServer.start(store, "127.0.0.1", 0);
  }

  static RawArticle hostile() {
    List<String> lines = new ArrayList<>(PAYLOADS);
    return new RawArticle(HOSTILE, "test:hostile", "html", lines, Map.of(
        RawArticle.TITLE, "<img src=x onerror=\"window.__pwned='title'\">عنوان <b>خطير</b>",
        RawArticle.URL, "javascript:window.__pwned='url'",
        RawArticle.SITE_NAME, "<script>window.__pwned='outlet'</script>"));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
