package org.mizan.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Decides whether two spellings name the same thing: {@code ميدفيديف}/{@code مدفيديف},
 * {@code الأميركي}/{@code الأمريكي}, but not {@code سليمان}/{@code سلمان} nor {@code صالح}/{@code صلاح}.
 *
 * <p>Two words match when their normalized forms are equal, or when their consonant skeletons
 * (long vowels and hamza seats dropped between the first and last letters, g/t/z letter pairs
 * and a final s/z folded) are equal
 * and the ANETAC name pairs do not tell them apart. ANETAC lists English names with their Arabic
 * spellings; two Arabic spellings of names whose English forms share a consonant-and-vowel-slot
 * pattern (Zilinski / Zielinski) are one name; spellings known only for different names (Suleiman /
 * Salman) are two. The table ships as {@code name-keys.tsv.gz}, rebuilt by {@code mizan train ner}.
 */
public final class NameVariants {
  public static final String RESOURCE = "/org/mizan/entities/name-keys.tsv.gz";
  private static final Map<String, Set<String>> KEYS = load();

  private NameVariants() {}

  /**
   * Whether two names (several words) are spellings of one name: same word count, each word matching,
   * a compound name counted as one word whether printed fused or not ({@code عبدالله} / {@code عبد الله});
   * or the same letters with a space more or less ({@code دياربكر} / {@code ديار بكر}).
   */
  public static boolean sameName(String a, String b) {
    List<String> x = NameForms.nameWords(a);
    List<String> y = NameForms.nameWords(b);
    if (x.isEmpty() || y.isEmpty()) return false;
    // a place or name printed fused by one outlet and spaced by the next (دياربكر / ديار بكر)
    if (x.size() != y.size()) return String.join("", x).equals(String.join("", y));
    for (int i = 0; i < x.size(); i++) if (!sameWord(x.get(i), y.get(i))) return false;
    return true;
  }

  /**
   * A key equal for any two names of one word count {@link #sameName} may accept (word by word:
   * article, then skeleton), for finding candidates without comparing every pair.
   */
  public static String blockKey(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : NameForms.nameWords(name)) {
      if (sb.length() > 0) sb.append(' ');
      if (SON.contains(w)) sb.append("بن");
      else if (w.startsWith("ال") && w.length() > 3) sb.append("ال").append(skeleton(w.substring(2)));
      else sb.append(skeleton(w));
    }
    return sb.toString();
  }

  /** Whether two normalized words are spellings of one word. */
  public static boolean sameWord(String a, String b) {
    if (a.equals(b)) return true;
    if (SON.contains(a) && SON.contains(b)) return true; // بن رودس / ابن رودس: one link word, two spellings
    boolean articleA = a.startsWith("ال") && a.length() > 3;
    boolean articleB = b.startsWith("ال") && b.length() > 3;
    if (articleA != articleB) return false;
    if (articleA) {
      a = a.substring(2);
      b = b.substring(2);
    }
    if (Math.min(a.length(), b.length()) < 4) return false;
    // عبدالله and عبدالإله are two given names whose skeletons meet (a letter repeated across a vowel)
    if (a.contains("الاله") != b.contains("الاله")) return false;
    if (!skeleton(a).equals(skeleton(b))) {
      // a prothetic alef before an initial cluster (استيفان / ستيفان): not in short words (أسعد / سعد)
      String pa = withoutProstheticAlef(a), pb = withoutProstheticAlef(b);
      if (pa.equals(a) == pb.equals(b) || !skeleton(pa).equals(skeleton(pb)) || !vowelPattern(pa).equals(vowelPattern(pb))) return false;
    }
    // in short words a moved long vowel makes another name (صالح / صلاح), not another spelling; one
    // long vowel more is a spelling (جوزف / جوزيف) unless the name-pair table tells them apart (محمد / محمود)
    if (Math.min(a.length(), b.length()) <= 5 && !vowelPattern(a).equals(vowelPattern(b))) {
      if (!oneVowelMore(vowelPattern(a), vowelPattern(b))) return false;
      // two common words of the language, not two spellings of a name (الأهلي / الأهالي "residents")
      if (common(articleA ? "ال" + a : a) && common(articleB ? "ال" + b : b)) return false;
    }
    // the name-pair table spells Jones and Johns, Rhodes and Rodz apart, but the press prints one
    // person's final -s both ways: a difference in that letter alone does not make two names
    if (finalSibilantOnly(a, b)) return true;
    Set<String> ka = KEYS.get(a);
    Set<String> kb = KEYS.get(b);
    if (ka != null && kb != null) {
      for (String k : ka) if (kb.contains(k)) return true;
      return false; // both known, only as different names
    }
    return true;
  }

  /** Whether the two words differ only in a final س against a final ز. */
  private static boolean finalSibilantOnly(String a, String b) {
    int n = a.length();
    if (n != b.length() || !a.regionMatches(0, b, 0, n - 1)) return false;
    char x = a.charAt(n - 1), y = b.charAt(n - 1);
    return (x == 'س' && y == 'ز') || (x == 'ز' && y == 'س');
  }

  private static final Set<String> SON = Set.of("بن", "ابن");

  /** {@code بن} or {@code ابن} (matching form): "son of", one link word with two spellings. */
  static boolean isSon(String norm) {
    return SON.contains(norm);
  }

  /** Printed this often in the shipped corpus vocabulary, a word is the language's own, not a spelling variant. */
  static final int COMMON_WORD = 300;

  private static boolean common(String word) {
    return org.mizan.clean.Vocabulary.shipped().count(word) >= COMMON_WORD;
  }

  /**
   * The word without an alef that only carries an initial consonant cluster ({@code استيفان} →
   * {@code ستيفان}, {@code اسكتلندا}): alef, then س or ش, then a consonant, five letters left at least.
   */
  static String withoutProstheticAlef(String w) {
    if (w.length() < 6 || w.charAt(0) != 'ا' || "سش".indexOf(w.charAt(1)) < 0 || "اوي".indexOf(w.charAt(2)) >= 0) return w;
    return w.substring(1);
  }

  /** Whether one vowel pattern is the other with one long vowel added between its letters ({@code CوCC} / {@code CوCيC}). */
  static boolean oneVowelMore(String p, String q) {
    if (p.length() > q.length()) return oneVowelMore(q, p);
    if (q.length() != p.length() + 1) return false;
    for (int i = 1; i < q.length() - 1; i++) {
      if (q.charAt(i) != 'C' && (q.substring(0, i) + q.substring(i + 1)).equals(p)) return true;
    }
    return false;
  }

  /** Where the long vowels are: consonants as C ({@code صالح} → {@code CاCC}). */
  static String vowelPattern(String w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      sb.append(c == 'ا' || c == 'و' || c == 'ي' ? c : 'C');
    }
    return sb.toString();
  }

  /** Consonant skeleton of a normalized word without its article. */
  static String skeleton(String w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean vowel = c == 'ا' || c == 'و' || c == 'ي' || c == 'ء' || c == 'ه';
      if (vowel && i == w.length() - 1 && i > 0) {
        sb.append(c == 'ه' ? 'ا' : c); // the ending tells روسيا from روسي, الروسية from الروسي
        continue;
      }
      if (i > 0 && vowel) continue;
      c = switch (c) {
        case 'غ' -> 'ج'; // g is printed غ or ج; ق is q or k (قازان is Kazan, not جازان)
        case 'ط' -> 'ت';
        case 'ذ', 'ظ' -> 'ز';
        default -> c;
      };
      // a final English -s is printed س or ز (رودس / رودز, جونز / جونس)
      if (c == 'ز' && i == w.length() - 1 && i > 0) c = 'س';
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) continue;
      sb.append(c);
    }
    return sb.toString();
  }

  /** The pattern of an English name: consonants kept, each vowel group one slot (Zelensky → zvlvnskv). */
  public static String englishKey(String english) {
    String s = Normalizer.normalize(english.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') continue;
      char k = "aeiouy".indexOf(c) >= 0 ? 'v' : c;
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) == k) continue;
      sb.append(k);
    }
    return sb.toString();
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = NameVariants.class.getResourceAsStream(RESOURCE)) {
      if (in == null) return Map.of();
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] p = line.split("\t");
        if (p.length == 2) out.put(p[0], Set.of(p[1].split(",")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }

  /**
   * Writes the shipped table from ANETAC: only words whose skeleton another listed word shares,
   * since only those can need telling apart. Sorted, so the file is the same on every run.
   */
  public static void writeTable(java.nio.file.Path anetac, java.io.OutputStream os) throws IOException {
    Map<String, Set<String>> table = table(java.nio.file.Files.readAllLines(anetac, StandardCharsets.UTF_8));
    Map<String, Integer> skeletons = new HashMap<>();
    for (String w : table.keySet()) skeletons.merge(skeleton(w), 1, Integer::sum);
    try (java.io.Writer w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(os), StandardCharsets.UTF_8)) {
      for (var e : table.entrySet()) {
        if (skeletons.get(skeleton(e.getKey())) < 2) continue;
        w.write(e.getKey() + "\t" + String.join(",", e.getValue()) + "\n");
      }
    }
  }

  /** Builds the table from ANETAC lines ({@code TYPE English words Arabic words}): Arabic word → English keys. */
  public static Map<String, Set<String>> table(List<String> anetacLines) {
    Map<String, Set<String>> out = new java.util.TreeMap<>();
    for (String line : anetacLines) {
      String[] p = line.split("\\s+");
      List<String> en = new java.util.ArrayList<>();
      List<String> ar = new java.util.ArrayList<>();
      for (int i = 1; i < p.length; i++) {
        if (p[i].isEmpty()) continue;
        if (org.mizan.text.ArabicNormalization.isArabicLetter(p[i].charAt(0))) ar.add(p[i]);
        else en.add(p[i]);
      }
      if (en.size() != ar.size()) continue; // word-by-word alignment only
      for (int i = 0; i < ar.size(); i++) {
        String a = org.mizan.text.ArabicNormalization.normalize(ar.get(i));
        if (a.startsWith("ال")) a = a.substring(2);
        out.computeIfAbsent(a, x -> new java.util.TreeSet<>()).add(englishKey(en.get(i)));
      }
    }
    return out;
  }
}
