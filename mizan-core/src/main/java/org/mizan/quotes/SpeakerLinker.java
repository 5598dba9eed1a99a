package org.mizan.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.entities.Entity;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.CorpusStage;
import org.mizan.text.ArabicNormalization;

/**
 * Corpus stage {@code quotes.speakers}: after entity linking, maps each named speaker to its entity
 * ({@code entity_id}, canonical name) through the entities' canonical names and aliases. A one-word
 * speaker ({@code العلي}) matches an entity whose names end with it, when only one does and the
 * article names it.
 * An institution named by its head alone ({@code الوزارة}) is the document's one organisation with
 * that head. Descriptions ({@code مسؤول في البيت الأبيض}) stay as they are. Without entities, a no-op.
 */
public final class SpeakerLinker implements CorpusStage {
  @Override
  public String name() {
    return "quotes.speakers";
  }

  @Override
  public Corpus apply(Corpus corpus) {
    if (corpus.entities().isEmpty()) return corpus;
    Map<String, Entity> byName = new HashMap<>();
    Map<String, List<Entity>> byLastWord = new HashMap<>();
    for (Entity e : corpus.entities()) {
      List<String> names = new ArrayList<>(e.aliases());
      names.add(e.canonical());
      for (String n : names) {
        String norm = ArabicNormalization.normalize(n).strip();
        byName.putIfAbsent(norm, e);
        String[] w = norm.split("\\s+");
        List<Entity> l = byLastWord.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>());
        if (!l.contains(e)) l.add(e);
      }
    }
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : corpus.entities()) byId.put(e.id(), e);
    List<Document> docs = new ArrayList<>();
    for (Document d : corpus.documents()) {
      List<Quote> qs = new ArrayList<>();
      for (Quote q : d.quotes()) qs.add(anaphor(link(q, d, byName, byLastWord), d, byId));
      docs.add(d.withQuotes(qs));
    }
    return corpus.withDocuments(docs);
  }

  /**
   * An institution named by its head alone ({@code وقالت الوزارة}, {@code وأضافت الهيئة}) is the one
   * organisation of the document, named before the quote, whose name opens with that head ({@code
   * وزارة الداخلية}); with none or several, the speaker stays as printed.
   */
  static Quote anaphor(Quote q, Document d, Map<String, Entity> byId) {
    Quote.Speaker s = q.speaker();
    if (s == null || s.entityId() != null || s.canonical() == null) return q;
    String norm = ArabicNormalization.normalize(s.canonical()).strip();
    if (norm.contains(" ") || !norm.startsWith("ال") || !SpeakerPhrases.INSTITUTIONS.contains(norm.substring(2))) return q;
    String head = norm.substring(2);
    String found = null;
    for (org.mizan.entities.Mention m : d.mentions()) {
      if (m.start() >= q.start() || !"ORG".equals(m.type()) || m.entityId() == null) continue;
      String[] w = ArabicNormalization.normalize(m.canonical() != null ? m.canonical() : m.text()).strip().split("\\s+");
      if (w.length < 2 || !org.mizan.text.Clitics.strip(w[0]).equals(head) && !w[0].equals(head)) continue;
      if (found != null && !found.equals(m.entityId())) return q; // two ministries: which one is unsaid
      found = m.entityId();
    }
    Entity e = found == null ? null : byId.get(found);
    if (e == null) return q;
    return new Quote(new Quote.Speaker(e.canonical(), s.description(), e.id()), q.text(), q.kind(), q.cue(), q.medium(),
        q.start(), q.end());
  }

  private static boolean named(Document d, Entity e) {
    for (org.mizan.entities.Mention m : d.mentions()) if (e.id().equals(m.entityId())) return true;
    return false;
  }

  private static Quote link(Quote q, Document d, Map<String, Entity> byName, Map<String, List<Entity>> byLastWord) {
    Quote.Speaker s = q.speaker();
    if (s == null || s.canonical() == null) return q;
    String norm = ArabicNormalization.normalize(s.canonical()).strip();
    Entity e = byName.get(norm);
    if (e == null && !norm.contains(" ")) {
      List<Entity> l = byLastWord.get(norm);
      // the one name of the run that ends with the word, when the article names it: "قال العلماء" in a
      // science story is the scientists, not a council of scholars another article names
      if (l != null && l.size() == 1 && named(d, l.get(0))) e = l.get(0);
    }
    if (e == null) return q;
    return new Quote(new Quote.Speaker(e.canonical(), s.description(), e.id()), q.text(), q.kind(), q.cue(), q.medium(),
        q.start(), q.end());
  }
}
