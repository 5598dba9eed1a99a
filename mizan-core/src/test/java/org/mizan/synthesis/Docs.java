package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.Published;
import org.mizan.doc.Removed;
import org.mizan.entities.Mention;
import org.mizan.figures.Figure;
import org.mizan.figures.TextDate;
import org.mizan.quotes.Quote;

/** Builds analysed documents by hand for synthesis tests: annotations are placed by finding their text. */
final class Docs {
  private final String id;
  private final String outlet;
  private final String published;
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final List<Removed> removed = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<TextDate> dates = new ArrayList<>();

  private String headline;

  private Docs(String id, String outlet, String published) {
    this.id = id;
    this.headline = "عنوان " + id;
    this.outlet = outlet;
    this.published = published;
  }

  static Docs doc(String id, String outlet, String published) {
    return new Docs(id, outlet, published);
  }

  Docs headline(String text) {
    headline = text;
    return this;
  }

  Docs para(String text) {
    paragraphs.add(new Paragraph(text));
    return this;
  }

  Docs sub(String text) {
    paragraphs.add(new Paragraph(text, Paragraph.Kind.SUBHEADING));
    return this;
  }

  Docs removed(String text, String reason) {
    removed.add(new Removed(text, reason));
    return this;
  }

  private int at(String text) {
    String body = body();
    int i = body.indexOf(text);
    if (i < 0) throw new IllegalArgumentException("not in body: " + text);
    return i;
  }

  private String body() {
    return String.join(Document.PARAGRAPH_SEPARATOR, paragraphs.stream().map(Paragraph::text).toList());
  }

  Docs person(String text, String entityId) {
    int i = at(text);
    mentions.add(new Mention(i, i + text.length(), text, "PER", entityId, null));
    return this;
  }

  Docs quote(String speaker, String entityId, String text, String kind, String medium) {
    int i = at(text);
    quotes.add(new Quote(new Quote.Speaker(speaker, null, entityId), text, kind, "قال", medium, i, i + text.length()));
    return this;
  }

  Docs figure(String text, double value, String unit, String counted) {
    return figure(text, value, unit, counted, null);
  }

  Docs figure(String text, double value, String unit, String counted, String approx) {
    int i = at(text);
    figures.add(new Figure(text, value, unit, counted, approx, i, i + text.length()));
    return this;
  }

  Docs date(String text, String value) {
    int i = at(text);
    dates.add(new TextDate(text, value, true, i, i + text.length()));
    return this;
  }

  Document build() {
    Document d = new Document(Document.SCHEMA_VERSION, id, id + ".txt", "text", null, outlet, List.of(), headline,
        new Published(published, published, 1.0, false), null, null, paragraphs, removed, List.of(), List.of(),
        List.of(), List.of(), null);
    return d.withMentions(mentions).withQuotes(quotes).withFigures(figures).withDates(dates);
  }
}
