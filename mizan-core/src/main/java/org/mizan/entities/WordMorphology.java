package org.mizan.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * How productive a word is in unlabeled news, per clitic-stripped stem: how often it takes the
 * article ال, pronoun suffixes (ها هم ه …), plural endings (ات ون ين ان), the nisba (ي ية),
 * and how often a title word comes just before it. Proper names are morphologically
 * unproductive (محمد is never محمدها), common nouns and adjectives are not; a tagger without a
 * morphological analyser otherwise cannot see this. Each stem's rates are binned once and packed
 * in one int ({@link #art}, {@link #pronoun}, …), so tagging pays one lookup per token.
 */
public final class WordMorphology {
  static final int MIN_COUNT = 5;
  private static final List<String> PRONOUNS = List.of("هما", "ها", "هم", "هن", "كم", "نا", "ه");
  private static final List<String> PLURALS = List.of("ات", "ون", "ين", "ان");
  private static final List<String> NISBA = List.of("يون", "يين", "يه", "ي");

  private WordMorphology() {}

  /** Stem (normalized, article chain stripped) to packed bins, for stems seen at least {@link #MIN_COUNT} times. */
  public static Map<String, Integer> build(Path dir, Consumer<String> log) throws IOException {
    Map<String, int[]> c = new HashMap<>(); // count, with article, pronoun, plural, nisba, after title
    int[] articles = {0};
    SaudiNewsNet.forEach(dir, a -> {
      articles[0]++;
      List<Token> toks = Tokenizer.tokenize(SaudiNewsNet.nz(a.content()));
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        if (!t.isArabic()) continue;
        String stem = t.stem();
        int[] s = c.computeIfAbsent(stem, k -> new int[6]);
        s[0]++;
        if (!stem.equals(t.norm())) s[1]++;
        if (i > 0 && isTitle(toks.get(i - 1))) s[5]++;
        credit(c, stem, PRONOUNS, 2);
        credit(c, stem, PLURALS, 3);
        credit(c, stem, NISBA, 4);
      }
    });
    Map<String, Integer> out = new HashMap<>();
    c.forEach((stem, s) -> {
      if (s[0] >= MIN_COUNT) out.put(stem, pack(s));
    });
    log.accept("morphology: " + articles[0] + " articles, " + out.size() + " stems");
    return out;
  }

  /** Credits the base of {@code stem} when it ends in one of {@code suffixes} (the ta marbuta, normalized to ه, is written ت before a suffix). */
  private static void credit(Map<String, int[]> c, String stem, List<String> suffixes, int slot) {
    for (String suf : suffixes) {
      if (!stem.endsWith(suf) || stem.length() - suf.length() < 2) continue;
      String base = stem.substring(0, stem.length() - suf.length());
      bump(c, base, slot);
      if (base.endsWith("ت")) bump(c, base.substring(0, base.length() - 1) + "ه", slot);
      if (suf.equals("ات") || suf.startsWith("ي")) bump(c, base + "ه", slot);
      return; // longest suffix only
    }
  }

  private static void bump(Map<String, int[]> c, String base, int slot) {
    c.computeIfAbsent(base, k -> new int[6])[slot]++;
  }

  private static boolean isTitle(Token t) {
    return EntityLexicon.TITLES.contains(t.norm()) || EntityLexicon.TITLES.contains(t.stem());
  }

  /** Bins: article rate 1–5, suffix rates 1–5, title rate 1–4, frequency 1–4; 0 marks "unknown". */
  static int pack(int[] s) {
    int n = s[0];
    int art = rateBin(s[1], n, 0.05, 0.3, 0.7, 0.95);
    int pro = rateBin(s[2], n + s[2], 0.005, 0.02, 0.08, 0.25);
    int plu = rateBin(s[3], n + s[3], 0.005, 0.02, 0.08, 0.25);
    int nis = rateBin(s[4], n + s[4], 0.005, 0.02, 0.08, 0.25);
    int tit = rateBin(s[5], n, 0.01, 0.05, 0.2, 2);
    int freq = n < 20 ? 1 : n < 200 ? 2 : n < 2000 ? 3 : 4;
    return art | pro << 3 | plu << 6 | nis << 9 | tit << 12 | freq << 15;
  }

  private static int rateBin(int k, int n, double a, double b, double c, double d) {
    if (k == 0) return 1;
    double r = (double) k / n;
    return r < a ? 2 : r < b ? 3 : r < c ? 4 : r < d ? 5 : 6;
  }

  static int art(int p) {
    return p & 7;
  }

  static int pronoun(int p) {
    return p >>> 3 & 7;
  }

  static int plural(int p) {
    return p >>> 6 & 7;
  }

  static int nisba(int p) {
    return p >>> 9 & 7;
  }

  static int title(int p) {
    return p >>> 12 & 7;
  }

  static int freq(int p) {
    return p >>> 15 & 7;
  }

  /** Writes a word table as gzip TSV lines {@code word, value} (a cache for repeated training runs: the morphology bins, the word-vector classes). */
  public static void writeCache(Map<String, Integer> m, Path file) throws IOException {
    try (var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
      for (var e : new TreeMap<>(m).entrySet()) out.println(e.getKey() + "\t" + e.getValue());
    }
  }

  /** Reads what {@link #writeCache} wrote. */
  public static Map<String, Integer> readCache(Path file) throws IOException {
    Map<String, Integer> m = new HashMap<>();
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        m.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    }
    return m;
  }
}
