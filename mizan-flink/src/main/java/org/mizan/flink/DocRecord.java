package org.mizan.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.mizan.doc.Document;
import org.mizan.doc.Json;

/**
 * An analysed document with its event time: what the keyed story step and the documents sink see.
 * A Flink POJO; the document travels as its JSON line (the same line {@code documents.jsonl} holds).
 */
public class DocRecord {
  public String id;
  public String input;
  public String scope;
  /** Event time in epoch milliseconds (see {@link EventTimes}); {@link EventTimes#UNDATED} or {@link EventTimes#ON_ARRIVAL} when none. */
  public long eventTime;
  /** The {@link Document} as one JSON line. */
  public String json;
  /** What an outlet's second copy of this article shares with it ({@link org.mizan.ingest.Reposts#key}); its input when none. */
  public String repostKey;

  public DocRecord() {}

  public static DocRecord of(Document doc, String scope, long eventTime) {
    DocRecord r = new DocRecord();
    r.id = doc.id();
    r.input = doc.input();
    r.scope = scope;
    r.eventTime = eventTime;
    String key = org.mizan.ingest.Reposts.key(doc);
    // an article of unknown outlet is never a copy: its own input names it (ids are made unique later)
    r.repostKey = key != null ? key : "input:" + doc.input();
    try {
      r.json = Json.mapper().writeValueAsString(doc.withoutRaw());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }

  public Document document() {
    try {
      return Json.mapper().readValue(json, Document.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
