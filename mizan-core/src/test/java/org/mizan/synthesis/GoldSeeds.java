package org.mizan.synthesis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.Published;
import org.mizan.entities.Entity;
import org.mizan.entities.Mention;
import org.mizan.figures.Figure;
import org.mizan.quotes.Quote;
import org.mizan.stories.Story;
import org.mizan.testing.Fixtures;

/**
 * The seeds analysed by hand from their gold (body lines, subheadings, outlet, date, entity forms,
 * quotes, figures) instead of by the pipeline: checks synthesis alone on real text while the
 * analysis stages are built in parallel. Dates are not in the gold, so there is no timeline here.
 */
final class GoldSeeds {
  private GoldSeeds() {}

  static final JsonNode GOLD = Fixtures.seedGold();

  static List<Document> docs() {
    List<Document> out = new ArrayList<>();
    for (JsonNode g : GOLD.get("documents")) {
      String gid = g.get("id").asText();
      Set<String> notBody = new HashSet<>();
      for (JsonNode nb : g.get("not_body")) notBody.add(nb.get("line").asText().strip());
      Set<String> subs = new HashSet<>();
      for (JsonNode s : g.get("subheadings")) subs.add(s.asText().strip());
      String headline = g.path("headline").isNull() ? null : g.path("headline").asText(null);
      List<Paragraph> paras = new ArrayList<>();
      for (String line : Fixtures.lines(Fixtures.seed(gid))) {
        String l = line.strip();
        if (l.startsWith("إقرأ أيضاً")) break; // the appended older article in 002
        if (l.isEmpty() || notBody.contains(l) || l.equals(headline)) continue;
        if (subs.contains(l)) paras.add(new Paragraph(l, Paragraph.Kind.SUBHEADING));
        else if (l.length() > 40) paras.add(new Paragraph(l)); // short lines: dates, times, credits
      }
      String outlet = g.path("outlet").isNull() ? null : g.path("outlet").asText(null);
      String published = g.path("published").isNull() ? null : g.path("published").asText(null);
      Document d = new Document(Document.SCHEMA_VERSION, gid, gid + ".txt", "text", null, outlet,
          List.of(), headline, published == null ? Published.UNKNOWN : new Published(published, "gold", 1, false),
          null, null, paras, List.of(), List.of(), List.of(), List.of(), List.of(), null);
      String body = d.body();
      List<Mention> mentions = new ArrayList<>();
      for (JsonNode e : GOLD.get("entities")) {
        for (JsonNode f : e.get("forms")) {
          String form = f.asText();
          for (int i = body.indexOf(form); i >= 0; i = body.indexOf(form, i + form.length())) {
            int at = i;
            if (mentions.stream().noneMatch(m -> at < m.end() && at + form.length() > m.start())) {
              mentions.add(new Mention(i, i + form.length(), form, e.get("type").asText(), e.get("canonical").asText(), null));
            }
          }
        }
      }
      mentions.sort(java.util.Comparator.comparingInt(Mention::start));
      List<Quote> quotes = new ArrayList<>();
      for (JsonNode q : GOLD.get("quotes")) {
        if (!q.get("doc").asText().equals(gid)) continue;
        String t = q.get("snippet").asText();
        int i = body.indexOf(t);
        if (i < 0) continue;
        String sp = q.get("speaker").asText();
        boolean named = GOLD.get("entities").findValuesAsText("canonical").contains(sp);
        quotes.add(new Quote(new Quote.Speaker(named ? sp : null, named ? null : sp, named ? sp : null), t,
            q.get("kind").asText(), q.path("cue").asText(null), null, i, i + t.length()));
      }
      List<Figure> figures = new ArrayList<>();
      for (JsonNode f : GOLD.get("figures")) {
        if (!f.get("doc").asText().equals(gid)) continue;
        String t = f.get("snippet").asText();
        int i = body.indexOf(t);
        String unit = f.get("unit").asText();
        boolean counted = !List.of("km2", "hour", "point").contains(unit);
        if (i >= 0) figures.add(new Figure(t, f.get("value").asDouble(), counted ? null : unit, counted ? unit : null, null, i, i + t.length()));
      }
      out.add(d.withMentions(mentions).withQuotes(quotes).withFigures(figures));
    }
    return out;
  }

  static List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    for (JsonNode e : GOLD.get("entities")) {
      String c = e.get("canonical").asText();
      out.add(new Entity(c, c, e.get("type").asText(), List.of(), List.of(), List.of(), 1));
    }
    return out;
  }

  static Story story() {
    return new Story("seeds", "seed story", List.of("000", "001", "002", "003", "004"), List.of(), "2025-12-03",
        "2025-12-06", List.of());
  }
}
