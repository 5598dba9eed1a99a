package org.mizan.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;

/**
 * An ingested article on its way to analysis. A Flink POJO of strings (the raw article as JSON), so
 * Flink serialises it with its own fast POJO serializer and never falls back to Kryo.
 */
public class ArticleRecord {
  /** Document id, as ingestion gave it. */
  public String id;
  /** The file ({@code path!entry#n}) or Kafka {@code topic/partition@offset} it came from. */
  public String input;
  /** Which story space it belongs to (see {@link StoryScope}). */
  public String scope;
  /** The {@link RawArticle} as JSON; null for a problem record. */
  public String json;
  /** Why {@link #input} could not be read (a one-line reason), or null for an article. */
  public String problem;

  public ArticleRecord() {}

  /** A record that only reports that {@code input} could not be read. */
  public static ArticleRecord problem(String input, String reason) {
    ArticleRecord r = new ArticleRecord();
    r.input = input;
    r.problem = reason;
    return r;
  }

  public static ArticleRecord of(RawArticle raw, String scope) {
    ArticleRecord r = new ArticleRecord();
    r.id = raw.id();
    r.input = raw.input();
    r.scope = scope;
    try {
      r.json = Json.mapper().writeValueAsString(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }

  public RawArticle raw() {
    try {
      return Json.mapper().readValue(json, RawArticle.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
