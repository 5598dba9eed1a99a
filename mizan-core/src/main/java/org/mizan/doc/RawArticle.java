package org.mizan.doc;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article as ingestion found it: its text as lines (HTML already reduced to text blocks, in
 * reading order) and whatever structured metadata the container carried.
 *
 * @param id stable id: the one the input gave, else a hash of the content
 * @param input the file path, URL or {@code path!entry} it came from
 * @param format detected format: {@code text}, {@code html}, {@code jsonl}, {@code json}, {@code rss},
 *     {@code warc}
 * @param lines the article's text, one block per line, in order
 * @param meta structured hints (keys below); values as found, unparsed
 */
public record RawArticle(String id, String input, String format, List<String> lines, Map<String, String> meta) {
  public static final String TITLE = "title";
  public static final String URL = "url";
  public static final String SITE_NAME = "site_name";
  public static final String SOURCE = "source";
  public static final String PUBLISHED = "published";
  public static final String MODIFIED = "modified";
  /** When a crawler fetched the article: an upper bound on its publication time, not the time itself. */
  public static final String RETRIEVED = "retrieved";
  public static final String AUTHOR = "author";
  public static final String DESCRIPTION = "description";

  public RawArticle {
    lines = List.copyOf(lines);
    meta = java.util.Collections.unmodifiableMap(new TreeMap<>(meta));
  }

  public String meta(String key) {
    return meta.get(key);
  }
}
