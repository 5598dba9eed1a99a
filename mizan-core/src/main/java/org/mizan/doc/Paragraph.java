package org.mizan.doc;

import com.fasterxml.jackson.annotation.JsonValue;

/** A kept block of the article body. */
public record Paragraph(String text, Kind kind) {

  public Paragraph(String text) {
    this(text, Kind.PARAGRAPH);
  }

  /** What role the block plays in the article. */
  public enum Kind {
    PARAGRAPH, SUBHEADING;

    @JsonValue
    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
