package org.mizan.store;

import java.net.URI;
import java.util.Locale;
import org.mizan.doc.Document;
import org.mizan.ingest.Ids;
import org.mizan.text.ArabicNormalization;

/** The keys that make two articles "the same": their URL and a hash of their kept text. */
final class Keys {
  private Keys() {}

  /**
   * URL without scheme, "www.", fragment, default index pages or trailing slash, so the http and
   * https copies of an article match. Null when there is no URL.
   */
  static String url(String url) {
    if (url == null || url.isBlank()) return null;
    String u = url.strip();
    try {
      URI uri = URI.create(u);
      if (uri.getHost() != null) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return host + path + query;
      }
    } catch (IllegalArgumentException e) {
      // not a parseable URI: fall back to the trimmed string
    }
    return u;
  }

  /** The outlet and the normalized body, hashed ({@link org.mizan.ingest.Reposts#fingerprint}): the same
   * outlet's same text is one article; another outlet's copy of it is a report of its own. */
  static String content(Document d) {
    return org.mizan.ingest.Reposts.fingerprint(d);
  }

  /** Stable id of an entity from its type and normalized name. */
  static String entity(String type, String name) {
    return "e" + Ids.sha256((type == null ? "MISC" : type) + ":" + ArabicNormalization.normalize(name).strip())
        .substring(0, 12);
  }

  /** Matching form of a speaker name. */
  static String speaker(String name) {
    return name == null ? null : ArabicNormalization.normalize(name).replaceAll("\\s+", " ").strip();
  }
}
