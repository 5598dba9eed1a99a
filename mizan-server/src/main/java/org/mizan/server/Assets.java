package org.mizan.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The web UI's files, read once from the classpath into memory under fixed names. A request can
 * only pick one of these names: no part of a URL ever reaches a file system path.
 */
final class Assets {
  /** An asset: its bytes and content type. */
  record Asset(byte[] bytes, String contentType) {}

  private static final String BASE = "/org/mizan/server/ui/";
  private static final Map<String, String> FILES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "story.html", "text/html; charset=utf-8",
      "entity.html", "text/html; charset=utf-8",
      "article.html", "text/html; charset=utf-8",
      "app.css", "text/css; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8");

  private final Map<String, Asset> assets = new TreeMap<>();

  Assets() {
    for (var e : FILES.entrySet()) {
      try (InputStream in = Assets.class.getResourceAsStream(BASE + e.getKey())) {
        if (in == null) throw new IllegalStateException("UI resource missing from the build: " + e.getKey());
        assets.put(e.getKey(), new Asset(in.readAllBytes(), e.getValue()));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  Asset get(String name) {
    return assets.get(name);
  }

  Iterable<String> names() {
    return assets.keySet();
  }
}
