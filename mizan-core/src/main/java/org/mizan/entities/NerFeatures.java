package org.mizan.entities;

import java.util.Map;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;

/**
 * Hashed features of one token in its sentence for {@link NerModel}: normalized word and
 * clitic-stripped stem (with neighbours ±2), affixes 1–4, word shape, bigrams, gazetteer
 * membership (single words and whole phrases) and unsupervised word clusters. Each feature is a
 * 32-bit hash of (template, value), computed without building strings, so tagging is allocation-light.
 */
public final class NerFeatures {
  /** Gazetteer bits: a word or phrase known as a person, location, organization or other name. */
  public static final int PER = 1, LOC = 2, ORG = 4, MISC = 8;
  static final String[] GAZ_NAMES = {"PER", "LOC", "ORG", "MISC"};
  private static final int MAX_PHRASE = 4;

  /** Feature groups beyond the base set; stored in the model so old models keep their features. */
  public static final int WIDE = 1, TREE = 2, MULTI = 4;
  /** Not a feature group: the model decodes BIOES tags ({@link NerTags}); kept with the flags so the model file says so. */
  public static final int BIOES = 8;
  /** Feature group: the token sits inside quotation marks (titles of programmes, films, brands). */
  public static final int QUOTE = 16;
  private static final int MAX_QUOTE = 8;
  /** Feature group: the longest gazetteer phrase over the token, with its type and the token's place in it. */
  public static final int GAZPOS = 32;
  /** Feature group: the word's morphological productivity in unlabeled news ({@link WordMorphology}). */
  public static final int MORPH = 64;
  /**
   * Feature group: a title, organization head or place head (نادي, شركة, قناة, مدينة) one or two
   * words before; the word lists are copied into the model's word-class map at training time
   * ({@link #TRIGGER_SHIFT}), so later edits of the lists do not change a shipped model's features.
   */
  public static final int TRIG = 128;
  /** Where trigger bits (1 title, 2 organization head, 4 place head) sit in a word-class value. */
  public static final int TRIGGER_SHIFT = 20;
  private static final int MORPH_BITS = (1 << 18) - 1;
  /** Feature group: the word's classes of skip-gram word vectors at two granularities ({@link WordVectors}). */
  public static final int VEC = 256;

  private final Map<String, Integer> gazetteer; // normalized word or phrase (space-joined) -> bits
  private final Map<String, Integer> clusters; // normalized word -> cluster id
  private final Map<String, Integer> paths; // normalized word -> cluster-tree path (leading 1 bit)
  private final Map<String, Integer> morph; // stem -> packed WordMorphology bins
  private final Map<String, Integer> vectors; // normalized word -> packed WordVectors classes
  private final int flags;

  private final java.util.Set<Integer> nameClusters; // clusters where many words are known person names
  private final java.util.Set<Integer> placeClusters; // clusters where many words are known places only

  public NerFeatures(Map<String, Integer> gazetteer, Map<String, Integer> clusters) {
    this(gazetteer, clusters, Map.of(), 0);
  }

  public NerFeatures(Map<String, Integer> gazetteer, Map<String, Integer> clusters, Map<String, Integer> paths, int flags) {
    this(gazetteer, clusters, paths, Map.of(), flags);
  }

  public NerFeatures(Map<String, Integer> gazetteer, Map<String, Integer> clusters, Map<String, Integer> paths,
      Map<String, Integer> morph, int flags) {
    this(gazetteer, clusters, paths, morph, Map.of(), flags);
  }

  public NerFeatures(Map<String, Integer> gazetteer, Map<String, Integer> clusters, Map<String, Integer> paths,
      Map<String, Integer> morph, Map<String, Integer> vectors, int flags) {
    this.vectors = vectors;
    this.morph = morph;
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.paths = paths;
    this.flags = flags;
    Map<Integer, int[]> counts = new java.util.HashMap<>();
    for (var e : clusters.entrySet()) {
      int[] c = counts.computeIfAbsent(WordClusters.flat(e.getValue()), k -> new int[3]);
      c[0]++;
      int g = gazetteer.getOrDefault(e.getKey(), 0);
      if (g == PER) c[1]++;
      if (g == LOC) c[2]++;
    }
    java.util.Set<Integer> names = new java.util.HashSet<>(), places = new java.util.HashSet<>();
    counts.forEach((k, c) -> {
      if (c[0] >= 20 && c[1] >= 0.25 * c[0]) names.add(k);
      if (c[0] >= 20 && c[2] >= 0.25 * c[0]) places.add(k);
    });
    this.nameClusters = java.util.Set.copyOf(names);
    this.placeClusters = java.util.Set.copyOf(places);
    java.util.Set<String> starts = new java.util.HashSet<>();
    for (String k : gazetteer.keySet()) {
      int sp = k.indexOf(' ');
      if (sp > 0) starts.add(k.substring(0, sp));
    }
    this.phraseStarts = java.util.Set.copyOf(starts);
  }

  private final java.util.Set<String> phraseStarts; // first words of gazetteer phrases

  /**
   * Whether a normalized word looks like a person's name to the unlabeled data: too rare in news
   * to have a cluster, or in a cluster where at least a quarter of the words are known person names.
   */
  public boolean nameLike(String norm) {
    Integer c = clusters.get(norm);
    return c == null || nameClusters.contains(WordClusters.flat(c));
  }

  /**
   * Whether a normalized word is known as a place and nothing else: the gazetteer lists it as a place
   * only, or it sits in a cluster where at least a quarter of the words are such places (towns the
   * gazetteer lacks share contexts with those it has).
   */
  public boolean placeLike(String norm) {
    int g = gazetteer.getOrDefault(norm, 0);
    if (g != 0) return g == LOC;
    Integer c = clusters.get(norm);
    return c != null && placeClusters.contains(WordClusters.flat(c));
  }

  /** Whether the gazetteer lists {@code norm} as a person's name or a word of one. */
  public boolean isPersonWord(String norm) {
    return (gazetteer.getOrDefault(norm, 0) & PER) != 0;
  }

  public Map<String, Integer> gazetteer() {
    return gazetteer;
  }

  public Map<String, Integer> clusters() {
    return clusters;
  }

  public Map<String, Integer> paths() {
    return paths;
  }

  public Map<String, Integer> morph() {
    return morph;
  }

  public int flags() {
    return flags;
  }

  public Map<String, Integer> vectors() {
    return vectors;
  }

  /** The normalized, per-sentence view that feature extraction needs. */
  public final class Sentence {
    final String[] norm;
    final String[] stem;
    final int[] shape;
    final int[] cluster;
    final int[] packed; // all granularities of the word's cluster, 0 when unknown
    final int[] gaz; // single-word bits of the word or any clitic reading
    final int[] phraseB; // phrase gazetteer bits where a phrase starts
    final int[] phraseI; // phrase gazetteer bits inside a phrase
    final int[] path; // cluster-tree path, 1 when unknown
    final int[] trigger; // trigger class of the word (title, organization head, place head), 0 none
    final int[] matchPos; // longest-first gazetteer phrase: 0 none, 1 first, 2 inside, 3 last word
    final int[] matchBits; // its type bits
    final int[] quotePos; // 0 outside quotes, else 1 first, 2 inside, 3 last, 4 only word of the quote
    final int[] quoteLen; // words between the marks
    final String[] quoteBefore; // stem of the word before the opening mark
    final int[] morph; // packed WordMorphology bins of the word's stem, 0 unknown
    final String[] raw; // the words as printed
    final int[] vec; // packed WordVectors classes, 0 unknown
    private final Word[] words;

    Sentence(String[] words) {
      int n = words.length;
      raw = words;
      vec = new int[n];
      this.words = new Word[n];
      norm = new String[n];
      stem = new String[n];
      shape = new int[n];
      cluster = new int[n];
      packed = new int[n];
      gaz = new int[n];
      phraseB = new int[n];
      phraseI = new int[n];
      path = new int[n];
      trigger = new int[n];
      quotePos = new int[n];
      matchPos = new int[n];
      matchBits = new int[n];
      quoteLen = new int[n];
      quoteBefore = new String[n];
      morph = new int[n];
      @SuppressWarnings("unchecked")
      java.util.List<String>[] variants = new java.util.List[n];
      for (int i = 0; i < n; i++) {
        Word w = word(words[i]);
        this.words[i] = w;
        norm[i] = w.norm;
        stem[i] = w.stem;
        shape[i] = w.shape;
        cluster[i] = w.cluster;
        packed[i] = w.packed;
        variants[i] = w.variants;
        gaz[i] = w.gaz;
        morph[i] = w.morph;
        path[i] = w.path;
        trigger[i] = w.trigger;
        vec[i] = w.vec;
      }
      if ((flags & QUOTE) != 0) quotes(words);
      // every gazetteer phrase starting at each word (any clitic reading of its first word), looked up once:
      // found[i * (MAX_PHRASE + 1) + len]: some reading matches; firstBits: the first such reading's bits
      boolean[] found = new boolean[n * (MAX_PHRASE + 1)];
      int[] firstBits = new int[n * (MAX_PHRASE + 1)];
      for (int i = 0; i < n - 1; i++) {
        for (String first : variants[i]) {
          if (!phraseStarts.contains(first)) continue;
          StringBuilder sb = new StringBuilder(first);
          for (int len = 2; len <= MAX_PHRASE && i + len <= n; len++) {
            sb.append(' ').append(norm[i + len - 1]);
            Integer bits = gazetteer.get(sb.toString());
            if (bits == null) continue;
            int at = i * (MAX_PHRASE + 1) + len;
            if (!found[at]) firstBits[at] = bits;
            found[at] = true;
            phraseB[i] |= bits;
            for (int k = i + 1; k < i + len; k++) phraseI[k] |= bits;
          }
        }
      }
      if ((flags & GAZPOS) != 0) longestMatches(found, firstBits);
    }

    public int length() {
      return norm.length;
    }

    /** Greedy left-to-right, longest-first phrase matches of the gazetteer (first word in any clitic reading). */
    private void longestMatches(boolean[] found, int[] firstBits) {
      int n = norm.length;
      for (int i = 0; i < n - 1; ) {
        int bestLen = 0, bestBits = 0;
        for (int len = Math.min(MAX_PHRASE, n - i); len >= 2 && bestLen == 0; len--) {
          if (!found[i * (MAX_PHRASE + 1) + len]) continue;
          bestLen = len;
          bestBits = firstBits[i * (MAX_PHRASE + 1) + len];
        }
        if (bestLen == 0) {
          i++;
          continue;
        }
        for (int k = i; k < i + bestLen; k++) {
          matchPos[k] = k == i ? 1 : k == i + bestLen - 1 ? 3 : 2;
          matchBits[k] = bestBits;
        }
        i += bestLen;
      }
    }

    /** Marks the words of each short quotation: «…», “…”, or a pair of straight quotes. */
    private void quotes(String[] words) {
      int n = words.length;
      for (int i = 0; i < n; i++) {
        char close = closing(words[i]);
        if (close == 0) continue;
        int j = i + 1;
        while (j < n && j - i - 1 <= MAX_QUOTE && !(words[j].length() == 1 && words[j].charAt(0) == close)) j++;
        int len = j - i - 1;
        if (j >= n || len < 1 || len > MAX_QUOTE) continue;
        for (int k = i + 1; k < j; k++) {
          quotePos[k] = len == 1 ? 4 : k == i + 1 ? 1 : k == j - 1 ? 3 : 2;
          quoteLen[k] = len;
          quoteBefore[k] = i > 0 ? stem[i - 1] : "<s>";
        }
        i = j;
      }
    }
  }

  /** The closing mark of an opening quotation mark token, 0 if it is none. */
  private static char closing(String w) {
    if (w.length() != 1) return 0;
    return switch (w.charAt(0)) {
      case '«' -> '»';
      case '“' -> '”';
      case '"' -> '"';
      default -> 0;
    };
  }

  /** What the features need of one word on its own, whatever its sentence: computed once per distinct word. */
  private static final class Word {
    String norm, stem;
    int shape, cluster, packed, gaz, morph, path, trigger, vec;
    java.util.List<String> variants;
    volatile Kept kept; // what a tagger derived from this word alone (NerModel's weight sums)
  }

  /** A value kept with a word for one owner (a tagger), so that looking the word up once finds both. */
  private record Kept(Object owner, Object value) {}

  /** What {@code owner} kept with token {@code i}'s word ({@link #keep}), null if nothing. */
  Object kept(Sentence s, int i, Object owner) {
    Kept k = s.words[i].kept;
    return k != null && k.owner == owner ? k.value : null;
  }

  /** Keeps {@code value} with token {@code i}'s word for {@code owner} (one owner per word at a time). */
  void keep(Sentence s, int i, Object owner, Object value) {
    s.words[i].kept = new Kept(owner, value);
  }

  /** Words seen so far (bounded; the values depend only on the word and this instance's tables). */
  private final java.util.concurrent.ConcurrentHashMap<String, Word> words = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_WORDS = 1 << 16;

  private Word word(String raw) {
    Word w = words.get(raw);
    if (w != null) return w;
    w = new Word();
    w.norm = ArabicNormalization.normalize(raw);
    w.stem = Clitics.strip(w.norm);
    w.shape = shape(raw);
    Integer c = clusters.get(w.norm);
    if (c == null) c = clusters.get(w.stem);
    w.cluster = c == null ? -1 : WordClusters.flat(c);
    w.packed = c == null ? 0 : c;
    w.variants = java.util.List.copyOf(Clitics.variants(w.norm));
    for (String v : w.variants) w.gaz |= gazetteer.getOrDefault(v, 0);
    if ((flags & (MORPH | TRIG)) != 0) w.morph = morphOf(w.stem, w.variants);
    if ((flags & (WIDE | TREE)) != 0) {
      Integer p = paths.get(w.norm);
      if (p == null) p = paths.get(w.stem);
      w.path = p == null ? 1 : p;
      for (String v : w.variants) w.trigger |= triggerClass(v);
    }
    if ((flags & VEC) != 0) {
      Integer v = vectors.get(w.norm);
      if (v == null) v = vectors.get(w.stem);
      w.vec = v == null ? 0 : v;
    }
    if (words.size() < MAX_CACHED_WORDS) words.putIfAbsent(raw, w);
    return w;
  }

  /** The stem's bins, else those of the first clitic reading that has them (بمحمد → محمد). */
  private int morphOf(String stem, java.util.List<String> variants) {
    Integer m = morph.get(stem);
    for (int k = 1; m == null && k < variants.size(); k++) m = morph.get(variants.get(k));
    return m == null ? 0 : m;
  }

  public Sentence sentence(String[] words) {
    return new Sentence(words);
  }

  /** Number of feature hashes {@link #extract} writes at most. */
  public static final int MAX_FEATURES = 128;

  /** Writes the feature hashes of token {@code i} into {@code out}; returns how many. */
  public int extract(Sentence s, int i, int[] out) {
    int n = 0;
    out[n++] = mix(1, 0);
    for (int d = -2; d <= 2; d++) out[n++] = hash(2 + d + 2, word(s.norm, i + d));
    for (int d = -1; d <= 1; d++) out[n++] = hash(10 + d + 1, word(s.stem, i + d));
    String w = s.norm[i];
    String st = s.stem[i];
    n = affixes(s, i, out, n);
    out[n++] = mix(50, s.shape[i]);
    out[n++] = mix(51, shapeAt(s, i - 1) * 131 + s.shape[i] * 17 + shapeAt(s, i + 1));
    out[n++] = mix(52, Math.min(w.length(), 10));
    out[n++] = mix(hash(53, word(s.norm, i - 1)), hashString(w));
    out[n++] = mix(hash(54, w), hashString(word(s.norm, i + 1)));
    out[n++] = mix(hash(55, word(s.stem, i - 1)), s.shape[i]);
    for (int d = -1; d <= 1; d++) {
      int bits = i + d >= 0 && i + d < s.length() ? s.gaz[i + d] : 0;
      for (int b = 0; b < 4; b++) if ((bits & (1 << b)) != 0) out[n++] = mix(60 + d + 1, b);
    }
    for (int b = 0; b < 4; b++) {
      if ((s.phraseB[i] & (1 << b)) != 0) out[n++] = mix(64, b);
      if ((s.phraseI[i] & (1 << b)) != 0) out[n++] = mix(65, b);
    }
    for (int d = -2; d <= 2; d++) out[n++] = mix(70 + d + 2, clusterAt(s, i + d));
    out[n++] = mix(hash(76, w), clusterAt(s, i + 1));
    out[n++] = mix(mix(77, clusterAt(s, i - 1)), clusterAt(s, i));
    if ((flags & WIDE) != 0) n = wide(s, i, out, n);
    if ((flags & TREE) != 0) n = tree(s, i, out, n);
    if ((flags & MULTI) != 0) n = multi(s, i, out, n);
    n = gazpos(s, i, out, n);
    if ((flags & MORPH) != 0) n = morph(s, i, out, n);
    n = trigAndQuote(s, i, out, n);
    if ((flags & VEC) != 0) {
      for (int d = -1; d <= 1; d++) {
        out[n++] = mix(210 + d + 1, vecAt(s, i + d, true));
        out[n++] = mix(213 + d + 1, vecAt(s, i + d, false));
      }
      out[n++] = mix(mix(216, vecAt(s, i - 1, true)), vecAt(s, i, true));
    }
    return n;
  }

  /** The word's coarse or fine word-vector class: −1 unknown, −2 before the sentence, −3 after it. */
  private static int vecAt(Sentence s, int i, boolean coarse) {
    if (i < 0) return -2;
    if (i >= s.length()) return -3;
    return coarse ? WordVectors.coarse(s.vec[i]) : WordVectors.fine(s.vec[i]);
  }

  /** Gazetteer-phrase, trigger and quotation features (all contextual), in extract's order. */
  private int extractTail(Sentence s, int i, int[] out, int n) {
    return trigAndQuote(s, i, out, gazpos(s, i, out, n));
  }

  /** Prefixes and suffixes of the word, and of its stem when a clitic was stripped. */
  private static int affixes(Sentence s, int i, int[] out, int n) {
    String w = s.norm[i];
    for (int k = 1; k <= 4 && k <= w.length(); k++) {
      out[n++] = hash(20 + k, w, 0, k);
      out[n++] = hash(30 + k, w, w.length() - k, w.length());
    }
    String st = s.stem[i];
    if (st.length() != w.length()) {
      out[n++] = mix(40, 1);
      for (int k = 1; k <= 3 && k <= st.length(); k++) out[n++] = hash(40 + k, st, 0, k);
      out[n++] = hash(44, st, Math.max(0, st.length() - 2), st.length());
    }
    return n;
  }

  private int gazpos(Sentence s, int i, int[] out, int n) {
    if ((flags & GAZPOS) != 0) {
      for (int d = -1; d <= 1; d++) {
        int k = i + d;
        if (k < 0 || k >= s.length() || s.matchPos[k] == 0) continue;
        out[n++] = mix(95 + d + 1, s.matchPos[k] * 16 + s.matchBits[k]);
      }
    }
    return n;
  }

  private int trigAndQuote(Sentence s, int i, int[] out, int n) {
    if ((flags & TRIG) != 0) {
      int t1 = i > 0 ? s.morph[i - 1] >>> TRIGGER_SHIFT : 8, t2 = i > 1 ? s.morph[i - 2] >>> TRIGGER_SHIFT : 8;
      out[n++] = mix(140, t1 * 16 + t2);
      if (t1 != 0 && t1 != 8) out[n++] = mix(mix(141, t1), s.cluster[i]);
    }
    if ((flags & QUOTE) != 0 && s.quotePos[i] != 0) {
      out[n++] = mix(90, s.quotePos[i]);
      out[n++] = mix(91, Math.min(s.quoteLen[i], 5));
      out[n++] = hash(92, s.quoteBefore[i]);
      out[n++] = mix(hash(93, s.quoteBefore[i]), s.quotePos[i]);
      out[n++] = mix(mix(94, s.quotePos[i]), s.shape[i]);
    }
    return n;
  }

  /**
   * The features of {@link #extract} that depend on token {@code i}'s word alone (the same for
   * every occurrence of the word), so a tagger may sum their weights once per distinct word.
   * With {@link #context} they are exactly {@link #extract}'s features, in another order.
   */
  int local(Sentence s, int i, int[] out) {
    int n = 0;
    out[n++] = mix(1, 0);
    String w = s.norm[i];
    out[n++] = hash(4, w);
    String st = s.stem[i];
    out[n++] = hash(11, st);
    n = affixes(s, i, out, n);
    out[n++] = mix(50, s.shape[i]);
    out[n++] = mix(52, Math.min(w.length(), 10));
    for (int b = 0; b < 4; b++) if ((s.gaz[i] & (1 << b)) != 0) out[n++] = mix(61, b);
    out[n++] = mix(72, s.cluster[i]);
    if ((flags & WIDE) != 0) {
      for (int k = 1; k <= 4 && k <= st.length(); k++) out[n++] = hash(104 + k, st, st.length() - k, st.length());
      for (int b = 0; b < 3; b++) if ((s.trigger[i] & (1 << b)) != 0) out[n++] = mix(112, b);
    }
    if ((flags & TREE) != 0) for (int len : PREFIXES) out[n++] = mix(140 + len, prefix(s.path[i], len));
    if ((flags & MULTI) != 0) {
      int p = s.packed[i];
      out[n++] = mix(81, p == 0 ? -1 : WordClusters.coarse(p));
      out[n++] = mix(84, p == 0 ? -1 : WordClusters.fine(p));
    }
    if ((flags & MORPH) != 0) n = morph(s, i, out, n);
    if ((flags & VEC) != 0) {
      out[n++] = mix(211, vecAt(s, i, true));
      out[n++] = mix(214, vecAt(s, i, false));
    }
    return n;
  }

  /** Neighbour offsets whose word alone gives some of a token's features ({@link #neighbour}). */
  static final int[] NEIGHBOURS = {-2, -1, 1, 2};

  /**
   * The features of {@link #extract} that token {@code j - d} gets from its neighbour at offset
   * {@code d} alone: they depend only on word {@code j} (or, when {@code j} is outside the sentence,
   * on nothing), so a tagger may sum them once per distinct word and offset.
   */
  int neighbour(Sentence s, int j, int d, int[] out) {
    int n = 0;
    boolean in = j >= 0 && j < s.length();
    int gaz = in ? s.gaz[j] : 0;
    out[n++] = hash(2 + d + 2, word(s.norm, j));
    if (d == -1 || d == 1) out[n++] = hash(10 + d + 1, word(s.stem, j));
    if (d == -1 || d == 1) for (int b = 0; b < 4; b++) if ((gaz & (1 << b)) != 0) out[n++] = mix(60 + d + 1, b);
    out[n++] = mix(70 + d + 2, clusterAt(s, j));
    if ((flags & WIDE) != 0) {
      if (d == -2 || d == 2) out[n++] = hash(d < 0 ? 100 : 101, word(s.stem, j));
      if (d < 0) {
        int t = j >= 0 ? s.trigger[j] : 0;
        for (int b = 0; b < 3; b++) if ((t & (1 << b)) != 0) out[n++] = mix(110 + d + 2, b);
      }
      if (d == -2 || d == 2) for (int b = 0; b < 4; b++) if ((gaz & (1 << b)) != 0) out[n++] = mix(115 + (d + 2) / 4, b);
    }
    if ((flags & TREE) != 0 && (d == -1 || d == 1)) {
      int p = j < 0 ? -2 : j >= s.length() ? -3 : s.path[j];
      for (int len : NEIGHBOUR_PREFIXES) out[n++] = mix(120 + (d + 1) * 20 + len, prefix(p, len));
    }
    if ((flags & MULTI) != 0 && (d == -1 || d == 1)) {
      int p = in ? s.packed[j] : 0;
      int edge = j < 0 ? -2 : j >= s.length() ? -3 : -1;
      out[n++] = mix(80 + d + 1, p == 0 ? edge : WordClusters.coarse(p));
      out[n++] = mix(83 + d + 1, p == 0 ? edge : WordClusters.fine(p));
    }
    if ((flags & VEC) != 0 && (d == -1 || d == 1)) {
      out[n++] = mix(210 + d + 1, vecAt(s, j, true));
      out[n++] = mix(213 + d + 1, vecAt(s, j, false));
    }
    return n;
  }

  /** The rest of {@link #extract}'s features: those that combine words, or look at the whole sentence. */
  int context(Sentence s, int i, int[] out) {
    int n = 0;
    String w = s.norm[i];
    out[n++] = mix(51, shapeAt(s, i - 1) * 131 + s.shape[i] * 17 + shapeAt(s, i + 1));
    out[n++] = mix(hash(53, word(s.norm, i - 1)), hashString(w));
    out[n++] = mix(hash(54, w), hashString(word(s.norm, i + 1)));
    out[n++] = mix(hash(55, word(s.stem, i - 1)), s.shape[i]);
    for (int b = 0; b < 4; b++) {
      if ((s.phraseB[i] & (1 << b)) != 0) out[n++] = mix(64, b);
      if ((s.phraseI[i] & (1 << b)) != 0) out[n++] = mix(65, b);
    }
    out[n++] = mix(hash(76, w), clusterAt(s, i + 1));
    out[n++] = mix(mix(77, clusterAt(s, i - 1)), clusterAt(s, i));
    if ((flags & WIDE) != 0) {
      out[n++] = mix(hash(102, word(s.norm, i - 2)), hashString(word(s.norm, i - 1)));
      out[n++] = mix(hash(103, word(s.norm, i + 1)), hashString(word(s.norm, i + 2)));
      out[n++] = mix(mix(117, s.gaz[i]), (i > 0 ? s.gaz[i - 1] : 16) * 32 + (i + 1 < s.length() ? s.gaz[i + 1] : 16));
      out[n++] = mix(hash(118, word(s.norm, i - 1)), clusterAt(s, i));
    }
    if ((flags & TREE) != 0) {
      for (int len : new int[] {6, 10}) {
        int left = i > 0 ? prefix(s.path[i - 1], len) : -2;
        out[n++] = mix(mix(190 + len, left), prefix(s.path[i], len));
      }
    }
    if ((flags & MULTI) != 0) {
      int left = i > 0 ? (s.packed[i - 1] == 0 ? -1 : WordClusters.coarse(s.packed[i - 1])) : -2;
      out[n++] = mix(mix(86, left), s.packed[i] == 0 ? -1 : WordClusters.coarse(s.packed[i]));
    }
    if ((flags & VEC) != 0) out[n++] = mix(mix(216, vecAt(s, i - 1, true)), vecAt(s, i, true));
    return extractTail(s, i, out, n);
  }

  /** The word's productivity bins (article, suffixes, title before it), one by one and combined. */
  private int morph(Sentence s, int i, int[] out, int n) {
    int m = s.morph[i] & MORPH_BITS;
    if (m == 0) {
      out[n++] = mix(130, -1);
      return n;
    }
    out[n++] = mix(130, WordMorphology.art(m));
    out[n++] = mix(131, WordMorphology.pronoun(m));
    out[n++] = mix(132, WordMorphology.plural(m));
    out[n++] = mix(133, WordMorphology.nisba(m));
    out[n++] = mix(134, WordMorphology.title(m));
    out[n++] = mix(135, (WordMorphology.art(m) * 8 + WordMorphology.pronoun(m)) * 8 + WordMorphology.plural(m));
    out[n++] = mix(mix(136, s.shape[i]), WordMorphology.freq(m) * 8 + WordMorphology.art(m));
    return n;
  }

  /** Adds trigger bits ({@link #TRIGGER_SHIFT}) of the entity word lists to a word-class map, keyed by clitic-stripped form. */
  public static Map<String, Integer> withTriggers(Map<String, Integer> classes) {
    Map<String, Integer> out = new java.util.HashMap<>(classes);
    for (String w : EntityLexicon.TITLES) out.merge(Clitics.strip(w), 1 << TRIGGER_SHIFT, (a, b) -> a | b);
    java.util.function.BiConsumer<String, String> head = (w, type) -> out.merge(Clitics.strip(w),
        (type.equals("LOC") ? 4 : 2) << TRIGGER_SHIFT, (a, b) -> a | b);
    EntityLexicon.FACILITY_HEADS.forEach(head);
    EntityLexicon.NAME_HEADS.forEach(head);
    EntityLexicon.ORG_HEADS.keySet().forEach(w -> head.accept(w, "ORG"));
    return out;
  }

  /** The word's and its neighbours' clusters at k = 64 and k = 1024, and the coarse pair (i−1, i). */
  private int multi(Sentence s, int i, int[] out, int n) {
    for (int d = -1; d <= 1; d++) {
      int p = i + d < 0 || i + d >= s.length() ? 0 : s.packed[i + d];
      int edge = i + d < 0 ? -2 : i + d >= s.length() ? -3 : -1;
      out[n++] = mix(80 + d + 1, p == 0 ? edge : WordClusters.coarse(p));
      out[n++] = mix(83 + d + 1, p == 0 ? edge : WordClusters.fine(p));
    }
    int left = i > 0 ? (s.packed[i - 1] == 0 ? -1 : WordClusters.coarse(s.packed[i - 1])) : -2;
    out[n++] = mix(mix(86, left), s.packed[i] == 0 ? -1 : WordClusters.coarse(s.packed[i]));
    return n;
  }

  /** Wider context: stems ±2, outer word bigrams, stem suffixes, trigger words, gazetteer ±2. */
  private int wide(Sentence s, int i, int[] out, int n) {
    out[n++] = hash(100, word(s.stem, i - 2));
    out[n++] = hash(101, word(s.stem, i + 2));
    out[n++] = mix(hash(102, word(s.norm, i - 2)), hashString(word(s.norm, i - 1)));
    out[n++] = mix(hash(103, word(s.norm, i + 1)), hashString(word(s.norm, i + 2)));
    String st = s.stem[i];
    for (int k = 1; k <= 4 && k <= st.length(); k++) out[n++] = hash(104 + k, st, st.length() - k, st.length());
    for (int d = -2; d <= 0; d++) {
      int t = i + d >= 0 ? s.trigger[i + d] : 0;
      for (int b = 0; b < 3; b++) if ((t & (1 << b)) != 0) out[n++] = mix(110 + d + 2, b);
    }
    for (int d = -2; d <= 2; d += 4) {
      int bits = i + d >= 0 && i + d < s.length() ? s.gaz[i + d] : 0;
      for (int b = 0; b < 4; b++) if ((bits & (1 << b)) != 0) out[n++] = mix(115 + (d + 2) / 4, b);
    }
    out[n++] = mix(mix(117, s.gaz[i]), (i > 0 ? s.gaz[i - 1] : 16) * 32 + (i + 1 < s.length() ? s.gaz[i + 1] : 16));
    out[n++] = mix(hash(118, word(s.norm, i - 1)), clusterAt(s, i));
    return n;
  }

  /** Prefixes of the cluster-tree path (coarse to fine word classes) of the word and its neighbours. */
  private int tree(Sentence s, int i, int[] out, int n) {
    for (int d = -1; d <= 1; d++) {
      int p = i + d < 0 ? -2 : i + d >= s.length() ? -3 : s.path[i + d];
      for (int len : d == 0 ? PREFIXES : NEIGHBOUR_PREFIXES) out[n++] = mix(120 + (d + 1) * 20 + len, prefix(p, len));
    }
    int p = s.path[i];
    for (int len : new int[] {6, 10}) {
      int left = i > 0 ? prefix(s.path[i - 1], len) : -2;
      out[n++] = mix(mix(190 + len, left), prefix(p, len));
    }
    return n;
  }

  private static final int[] PREFIXES = {4, 6, 8, 10, 12, 14, 16}, NEIGHBOUR_PREFIXES = {4, 8};

  /** The first {@code len} bits of a path with a leading 1 bit (the whole path when shorter). */
  static int prefix(int path, int len) {
    if (path <= 0) return path;
    int depth = 31 - Integer.numberOfLeadingZeros(path);
    return depth <= len ? path : path >>> (depth - len);
  }

  /** 1 title or role head, 2 organization head, 4 place head (from the entity word lists). */
  private static int triggerClass(String v) {
    int c = 0;
    if (EntityLexicon.TITLES.contains(v)) c |= 1;
    String head = EntityLexicon.FACILITY_HEADS.get(v);
    if (head != null) c |= head.equals("LOC") ? 4 : 2;
    String t = EntityLexicon.NAME_HEADS.get(v);
    if (t != null) c |= t.equals("LOC") ? 4 : 2;
    return c;
  }

  private static String word(String[] a, int i) {
    return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
  }

  private static int shapeAt(Sentence s, int i) {
    return i < 0 || i >= s.length() ? 7 : s.shape[i];
  }

  private static int clusterAt(Sentence s, int i) {
    return i < 0 ? -2 : i >= s.length() ? -3 : s.cluster[i];
  }

  /** 0 Arabic word, 1 Latin capitalized, 2 Latin lower, 3 number, 4 punctuation, 5 mixed, 6 quote or bracket. */
  static int shape(String w) {
    if (w.isEmpty()) return 4;
    char c = w.charAt(0);
    if (ArabicNormalization.isArabicLetter(c)) {
      for (int i = 1; i < w.length(); i++) {
        char d = w.charAt(i);
        if (!ArabicNormalization.isArabicLetter(d) && !ArabicNormalization.isMark(d)) return 5;
      }
      return 0;
    }
    if (Character.isDigit(c)) return 3;
    if (Character.isUpperCase(c)) return 1;
    if (Character.isLetter(c)) return 2;
    if ("\"'«»“”()[]".indexOf(c) >= 0) return 6;
    return 4;
  }

  static int hash(int template, String s) {
    return hash(template, s, 0, s.length());
  }

  static int hash(int template, String s, int from, int to) {
    int h = template * 0x9E3779B9;
    for (int i = from; i < to; i++) h = (h ^ s.charAt(i)) * 0x01000193;
    return fmix(h ^ (to - from));
  }

  static int hashString(String s) {
    return hash(0, s);
  }

  static int mix(int a, int b) {
    return fmix(a * 0x85EBCA6B + b * 0xC2B2AE35 + 0x27D4EB2F);
  }

  private static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
