package org.mizan.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;

/**
 * Copied text between articles, for story clustering: the copied-paragraph index of recent articles
 * ({@link SyndicationIndex}), which story each recent article went to, the stories an article copies
 * from (a boost to joining them), and the copy links and credited agency recorded in a story.
 */
final class CopyLinks {
  static final int MAX_COPY_DOCS = 60_000;

  private final SyndicationIndex copies;
  private final Map<String, String> docStory = new HashMap<>();
  private final ArrayDeque<String> docOrder = new ArrayDeque<>();

  CopyLinks() {
    this(new SyndicationIndex());
  }

  private CopyLinks(SyndicationIndex copies) {
    this.copies = copies;
  }

  /** Indexes the article's paragraphs; returns those copied from earlier articles (see {@link #exactDuplicate}). */
  List<SyndicationIndex.Match> add(String docId, String outlet, double published, List<String> paragraphs) {
    return copies.add(docId, outlet, published, paragraphs);
  }

  /** The earlier article the last one added duplicates exactly, or null. */
  String exactDuplicate() {
    return copies.exactDuplicate();
  }

  /**
   * The live stories of the earlier articles the article copies, with the best copy similarity each
   * (an exact duplicate counts 1); with {@code leadOnly} only the copies of its first paragraph.
   */
  Map<StoryCluster, Double> copiedStories(String exactOf, List<SyndicationIndex.Match> matches, boolean leadOnly,
      StoryState state) {
    Map<StoryCluster, Double> copied = new LinkedHashMap<>();
    if (exactOf != null) addCopied(copied, exactOf, 1.0, state);
    for (SyndicationIndex.Match m : matches) if (!leadOnly || m.paragraph() == 0) addCopied(copied, m.otherDoc(), m.similarity(), state);
    return copied;
  }

  private void addCopied(Map<StoryCluster, Double> copied, String otherDoc, double sim, StoryState state) {
    String sid = docStory.get(otherDoc);
    if (sid == null) return;
    StoryCluster c = state.get(sid);
    if (c != null && !c.retired) copied.merge(c, sim, Math::max);
  }

  /** Records the copied text this article shares with articles already in its story. */
  void link(StoryCluster story, String docId, Document d, String exactOf, List<SyndicationIndex.Match> ms,
      StoryState state) {
    Map<String, List<SyndicationIndex.Match>> byDoc = new LinkedHashMap<>();
    for (SyndicationIndex.Match m : ms) byDoc.computeIfAbsent(m.otherDoc(), k -> new ArrayList<>()).add(m);
    if (exactOf != null) byDoc.putIfAbsent(exactOf, List.of());
    String credited = credited(d);
    if (credited != null) story.docAgency.put(docId, credited);
    for (Map.Entry<String, List<SyndicationIndex.Match>> en : byDoc.entrySet()) {
      String other = en.getKey();
      String otherStory = docStory.get(other);
      if (otherStory == null || state.get(otherStory) != story) continue;
      List<Integer> mine = new ArrayList<>();
      List<Integer> theirs = new ArrayList<>();
      double sim = 0;
      String agency = null;
      for (SyndicationIndex.Match m : en.getValue()) {
        mine.add(m.paragraph());
        theirs.add(m.otherParagraph());
        sim += m.similarity();
        if (agency == null) agency = Agencies.find(d.paragraphs().get(m.paragraph()).text());
      }
      boolean exact = other.equals(exactOf);
      double overall = exact ? 1.0 : sim / Math.max(1, countLong(d));
      story.links.add(new StoryCluster.Link(docId, other, Math.min(1.0, overall), mine, theirs, exact, agency));
    }
  }

  private static int countLong(Document d) {
    int n = 0;
    for (Paragraph p : d.paragraphs()) if (StoryFeatures.tokensForShingles(p.text()).size() >= SyndicationIndex.MIN_WORDS) n++;
    return n;
  }

  /** The agency the article credits: its credited sources, else one named in its first paragraph. */
  static String credited(Document d) {
    for (String s : d.creditedSources()) {
      String a = Agencies.canonical(s);
      if (a != null) return a;
    }
    if (d.byline() != null) {
      String a = Agencies.find(d.byline());
      if (a != null) return a;
    }
    if (d.dateline() != null) {
      String a = Agencies.find(d.dateline());
      if (a != null) return a;
    }
    if (!d.paragraphs().isEmpty()) {
      String first = d.paragraphs().get(0).text();
      return Agencies.find(first.length() > 160 ? first.substring(0, 160) : first);
    }
    return null;
  }

  /** Remembers the article's story (the last {@value #MAX_COPY_DOCS} articles), for the articles that copy it later. */
  void remember(String docId, String storyId) {
    docStory.put(docId, storyId);
    docOrder.addLast(docId);
    while (docOrder.size() > MAX_COPY_DOCS) docStory.remove(docOrder.removeFirst());
  }

  /** Forgets the copies of articles published before {@code cutoff} (hours), keeping at most {@value #MAX_COPY_DOCS}. */
  void evict(double cutoff) {
    copies.evict(cutoff, MAX_COPY_DOCS);
  }

  /** Writes which article is in which story, then the copied-paragraph index (snapshot order). */
  void write(DataOutputStream d) throws IOException {
    d.writeInt(docOrder.size());
    for (String id : docOrder) d.writeUTF(id);
    d.writeInt(docStory.size());
    for (Map.Entry<String, String> e : docStory.entrySet()) {
      d.writeUTF(e.getKey());
      d.writeUTF(e.getValue());
    }
    copies.write(d);
  }

  /** What {@link #write} wrote. */
  static CopyLinks read(DataInputStream d) throws IOException {
    List<String> order = new ArrayList<>();
    for (int i = d.readInt(); i > 0; i--) order.add(d.readUTF());
    Map<String, String> docStory = new HashMap<>();
    for (int i = d.readInt(); i > 0; i--) docStory.put(d.readUTF(), d.readUTF());
    CopyLinks c = new CopyLinks(SyndicationIndex.read(d));
    c.docOrder.addAll(order);
    c.docStory.putAll(docStory);
    return c;
  }
}
