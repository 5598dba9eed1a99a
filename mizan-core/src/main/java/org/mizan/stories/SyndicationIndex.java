package org.mizan.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds copied text between articles: each paragraph's MinHash signature goes into an LSH table
 * (bands of rows), so a new paragraph meets only earlier paragraphs likely to be near-copies of it,
 * never a scan of all. Whole articles with the same normalized text are exact duplicates. Old
 * articles are evicted by time so memory stays bounded on endless streams.
 */
final class SyndicationIndex {
  /** Paragraphs shorter than this (in words) are not compared: datelines, captions, one-liners. */
  static final int MIN_WORDS = 10;
  /** Estimated Jaccard of word shingles at or above which two paragraphs count as copies. */
  static final double SIMILAR = 0.5;

  /** Paragraph {@code paragraph} of the new article is a copy of {@code otherParagraph} of {@code otherDoc}. */
  record Match(int paragraph, String otherDoc, int otherParagraph, double similarity) {}

  private record Entry(String id, String outlet, double hours, int[][] signatures) {}

  private final List<Entry> docs = new ArrayList<>();
  private int base; // sequence number of docs.get(0)
  private int head; // docs before this index are evicted
  private final Map<Long, int[]> buckets = new HashMap<>();
  private final Map<Long, String> bodies = new HashMap<>();
  private int sinceSweep;
  private String lastExact;

  /** After {@link #add}: an earlier article with exactly the same words as the one added, else null. */
  String exactDuplicate() {
    return lastExact;
  }

  /** Adds an article and returns its paragraphs copied from earlier articles (best match per pair). */
  List<Match> add(String id, String outlet, double hours, List<String> paragraphs) {
    int seq = base + docs.size();
    int[][] sigs = new int[Math.min(paragraphs.size(), 255)][];
    List<Match> out = new ArrayList<>();
    Set<Long> tried = new HashSet<>();
    long bodyHash = 1469598103934665603L;
    for (int p = 0; p < sigs.length; p++) {
      List<String> toks = StoryFeatures.tokensForShingles(paragraphs.get(p));
      for (String t : toks) bodyHash = MinHash.mix(bodyHash ^ t.hashCode());
      if (toks.size() < MIN_WORDS) continue;
      int[] sig = MinHash.signature(toks);
      sigs[p] = sig;
      Map<Integer, Match> best = new HashMap<>();
      for (int b = 0; b < MinHash.BANDS; b++) {
        int[] bucket = buckets.get(MinHash.band(sig, b));
        if (bucket == null) continue;
        for (int k = 1; k <= bucket[0]; k++) {
          int code = bucket[k];
          int otherSeq = code >>> 8;
          int otherPara = code & 0xFF;
          if (otherSeq < base + head || !tried.add(((long) p << 40) | ((long) otherSeq << 8) | otherPara)) continue;
          Entry other = docs.get(otherSeq - base);
          if (other == null || other.signatures()[otherPara] == null) continue;
          double sim = MinHash.similarity(sig, other.signatures()[otherPara]);
          if (sim < SIMILAR) continue;
          Match m = new Match(p, other.id(), otherPara, sim);
          best.merge(otherSeq, m, (x, y) -> y.similarity() > x.similarity() ? y : x);
        }
      }
      best.keySet().stream().sorted().forEach(s -> out.add(best.get(s)));
    }
    for (int p = 0; p < sigs.length; p++) {
      if (sigs[p] == null) continue;
      for (int b = 0; b < MinHash.BANDS; b++) add(MinHash.band(sigs[p], b), (seq << 8) | p);
    }
    docs.add(new Entry(id, outlet, hours, sigs));
    lastExact = paragraphs.isEmpty() ? null : bodies.putIfAbsent(bodyHash, id);
    return out;
  }

  /**
   * Forgets articles published before {@code hours}, in arrival order (stops at the first newer
   * one), and the oldest ones beyond {@code maxDocs} whatever their time.
   */
  void evict(double hours, int maxDocs) {
    int dropped = 0;
    while (head < docs.size()) {
      Entry e = docs.get(head);
      boolean old = e.hours() < hours || docs.size() - head > maxDocs;
      if (!old) break;
      docs.set(head++, null);
      dropped++;
    }
    if (head > 10_000 && head > docs.size() / 2) {
      docs.subList(0, head).clear();
      base += head;
      head = 0;
    }
    sinceSweep += dropped;
    if (sinceSweep > 20_000) sweep();
  }

  private void sweep() {
    sinceSweep = 0;
    for (Iterator<Map.Entry<Long, int[]>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
      int[] b = it.next().getValue();
      int n = 0;
      for (int k = 1; k <= b[0]; k++) if ((b[k] >>> 8) >= base + head) b[++n] = b[k];
      b[0] = n;
      if (n == 0) it.remove();
    }
    if (bodies.size() > 4 * Math.max(docs.size(), 1000)) bodies.clear();
  }

  private void add(long key, int code) {
    int[] b = buckets.get(key);
    if (b == null) {
      b = new int[3];
    } else if (b[0] + 1 >= b.length) {
      b = java.util.Arrays.copyOf(b, b.length * 2);
    }
    b[++b[0]] = code;
    buckets.put(key, b);
  }

  /** Writes the articles not yet evicted (signatures, not text) and the exact-duplicate keys. */
  void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeInt(base + head);
    out.writeInt(sinceSweep);
    out.writeInt(docs.size() - head);
    for (int i = head; i < docs.size(); i++) {
      Entry e = docs.get(i);
      out.writeUTF(e.id());
      out.writeBoolean(e.outlet() != null);
      if (e.outlet() != null) out.writeUTF(e.outlet());
      out.writeDouble(e.hours());
      out.writeInt(e.signatures().length);
      for (int[] sig : e.signatures()) {
        out.writeBoolean(sig != null);
        if (sig != null) for (int v : sig) out.writeInt(v);
      }
    }
    out.writeInt(bodies.size());
    for (Map.Entry<Long, String> b : bodies.entrySet()) {
      out.writeLong(b.getKey());
      out.writeUTF(b.getValue());
    }
  }

  /** An index equal (for every later {@link #add}) to the one {@link #write} wrote: the LSH table is rebuilt. */
  static SyndicationIndex read(java.io.DataInputStream in) throws java.io.IOException {
    SyndicationIndex x = new SyndicationIndex();
    x.base = in.readInt();
    x.sinceSweep = in.readInt();
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      String id = in.readUTF();
      String outlet = in.readBoolean() ? in.readUTF() : null;
      double hours = in.readDouble();
      int[][] sigs = new int[in.readInt()][];
      for (int p = 0; p < sigs.length; p++) {
        if (!in.readBoolean()) continue;
        sigs[p] = new int[MinHash.SIZE];
        for (int k = 0; k < MinHash.SIZE; k++) sigs[p][k] = in.readInt();
        for (int b = 0; b < MinHash.BANDS; b++) x.add(MinHash.band(sigs[p], b), ((x.base + i) << 8) | p);
      }
      x.docs.add(new Entry(id, outlet, hours, sigs));
    }
    int bodies = in.readInt();
    for (int i = 0; i < bodies; i++) x.bodies.put(in.readLong(), in.readUTF());
    return x;
  }
}
