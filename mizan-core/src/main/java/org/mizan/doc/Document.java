package org.mizan.doc;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Collectors;
import org.mizan.entities.Mention;
import org.mizan.figures.Figure;
import org.mizan.figures.TextDate;
import org.mizan.quotes.Quote;

/**
 * One article as it moves through the pipeline. Immutable: every stage returns a new copy with the
 * fields it owns filled in ({@code with*} methods). Offsets in mentions, quotes, figures and dates
 * are character offsets into {@link #body()}.
 */
public record Document(
    @JsonProperty("schema_version") int schemaVersion,
    String id,
    String input,
    String format,
    String url,
    String outlet,
    List<String> creditedSources,
    String headline,
    Published published,
    String dateline,
    String byline,
    List<Paragraph> paragraphs,
    List<Removed> removed,
    List<Mention> mentions,
    List<Quote> quotes,
    List<Figure> figures,
    List<TextDate> dates,
    @JsonIgnore RawArticle raw) {

  /** Version of the JSON form of this record; bump on any incompatible change (see docs/schema.md). */
  public static final int SCHEMA_VERSION = 1;

  /** Separator between paragraphs in {@link #body()}. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  public Document {
    creditedSources = List.copyOf(creditedSources);
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
    dates = List.copyOf(dates);
  }

  /** A fresh document for an ingested article: every line a paragraph, nothing analysed yet. */
  public static Document of(RawArticle raw) {
    List<Paragraph> lines = raw.lines().stream().map(Paragraph::new).collect(Collectors.toList());
    return new Document(SCHEMA_VERSION, raw.id(), raw.input(), raw.format(), raw.meta().get(RawArticle.URL),
        null, List.of(), null, Published.UNKNOWN, null, null, lines, List.of(),
        List.of(), List.of(), List.of(), List.of(), raw);
  }

  /** The body text: paragraphs (and subheadings) joined by a blank line. Offsets refer to it. */
  @JsonIgnore
  public String body() {
    return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining(PARAGRAPH_SEPARATOR));
  }

  /** Start offset of paragraph {@code index} in {@link #body()}. */
  public int paragraphStart(int index) {
    int off = 0;
    for (int i = 0; i < index; i++) off += paragraphs.get(i).text().length() + PARAGRAPH_SEPARATOR.length();
    return off;
  }

  public Document withBody(List<Paragraph> paragraphs, List<Removed> removed) {
    return new Document(schemaVersion, id, input, format, url, outlet, creditedSources, headline, published,
        dateline, byline, paragraphs, removed, mentions, quotes, figures, dates, raw);
  }

  public Document withMetadata(String headline, Published published, String outlet, List<String> creditedSources,
      String dateline, String byline) {
    return new Document(schemaVersion, id, input, format, url, outlet, creditedSources, headline, published,
        dateline, byline, paragraphs, removed, mentions, quotes, figures, dates, raw);
  }

  public Document withMentions(List<Mention> mentions) {
    return new Document(schemaVersion, id, input, format, url, outlet, creditedSources, headline, published,
        dateline, byline, paragraphs, removed, mentions, quotes, figures, dates, raw);
  }

  public Document withQuotes(List<Quote> quotes) {
    return new Document(schemaVersion, id, input, format, url, outlet, creditedSources, headline, published,
        dateline, byline, paragraphs, removed, mentions, quotes, figures, dates, raw);
  }

  public Document withFigures(List<Figure> figures) {
    return new Document(schemaVersion, id, input, format, url, outlet, creditedSources, headline, published,
        dateline, byline, paragraphs, removed, mentions, quotes, figures, dates, raw);
  }

  public Document withDates(List<TextDate> dates) {
    return new Document(schemaVersion, id, input, format, url, outlet, creditedSources, headline, published,
        dateline, byline, paragraphs, removed, mentions, quotes, figures, dates, raw);
  }

  /** Drops the raw form once analysis is done, so long runs keep less in memory. */
  public Document withoutRaw() {
    return new Document(schemaVersion, id, input, format, url, outlet, creditedSources, headline, published,
        dateline, byline, paragraphs, removed, mentions, quotes, figures, dates, null);
  }
}
