package org.mizan.ingest;

/** What an input turned out to be, judged from its first bytes (see {@link FormatSniffer}). */
public enum Format {
  TEXT("text"),
  HTML("html"),
  JSON("json"),
  JSONL("jsonl"),
  RSS("rss"),
  WARC("warc"),
  ZIP("zip"),
  GZIP("gzip"),
  EMPTY("empty"),
  BINARY("binary");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  /** The name used in {@code RawArticle.format} and in the output's {@code format} field. */
  public String label() {
    return label;
  }

  /** Formats read record by record from a stream, so their total size is not limited. */
  public boolean streaming() {
    return this == JSON || this == JSONL || this == WARC || this == ZIP || this == GZIP;
  }
}
