package org.mizan.flink;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.Paragraph;
import org.mizan.ingest.Ids;
import org.mizan.stories.Story;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * A small, real, order-dependent assigner for testing the keyed step: a document joins the story
 * whose terms overlap its own (stems of its first paragraphs) the most, above a threshold, else
 * starts one. Order-dependent on purpose, so a wrong order in the job shows up as different stories.
 */
final class TermOverlapAssigner implements StoryAssigner {
  static final double THRESHOLD = 0.12;
  /** story id to its state; insertion order = creation order. */
  Map<String, State> stories = new LinkedHashMap<>();

  /** What the assigner remembers of one story. */
  record State(String id, String label, List<String> documents, Set<String> terms) {}

  @Override
  public Update add(Document doc) {
    Set<String> terms = terms(doc);
    State best = null;
    double bestScore = THRESHOLD;
    for (State s : stories.values()) {
      int common = 0;
      for (String t : terms) if (s.terms().contains(t)) common++;
      double score = common / (double) Math.max(1, Math.min(terms.size(), s.terms().size()));
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    State next;
    if (best == null) {
      next = new State("s" + Ids.contentId(doc.id()), label(doc), List.of(doc.id()), terms);
    } else {
      List<String> docs = new ArrayList<>(best.documents());
      docs.add(doc.id());
      Set<String> all = new LinkedHashSet<>(best.terms());
      all.addAll(terms);
      next = new State(best.id(), best.label(), docs, all);
    }
    stories.put(next.id(), next);
    return new Update(List.of(story(next)), List.of());
  }

  private static String label(Document doc) {
    return doc.headline() != null ? doc.headline() : doc.paragraphs().isEmpty() ? "" : doc.paragraphs().get(0).text();
  }

  private static Set<String> terms(Document doc) {
    Set<String> out = new LinkedHashSet<>();
    List<Paragraph> ps = doc.paragraphs();
    for (int i = 0; i < Math.min(3, ps.size()); i++) {
      for (Token t : Tokenizer.tokenize(ps.get(i).text())) if (t.stem().length() >= 3) out.add(t.stem());
    }
    return out;
  }

  private static Story story(State s) {
    return new Story(s.id(), s.label(), s.documents(), List.of(), null, null, List.of());
  }

  @Override
  public List<Story> stories() {
    return stories.values().stream().map(TermOverlapAssigner::story).toList();
  }

  @Override
  public byte[] save() {
    return Json.line(new ArrayList<>(stories.values())).getBytes(StandardCharsets.UTF_8);
  }

  static final class Factory implements StoryAssigner.Factory {
    private static final long serialVersionUID = 1L;

    @Override
    public StoryAssigner create() {
      return new TermOverlapAssigner();
    }

    @Override
    public StoryAssigner load(byte[] state) {
      TermOverlapAssigner a = new TermOverlapAssigner();
      try {
        for (State s : Json.mapper().readValue(state, new TypeReference<List<State>>() {})) a.stories.put(s.id(), s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return a;
    }
  }
}
