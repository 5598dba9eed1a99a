package org.mizan.synthesis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.WordList;

/** The word lists synthesis relies on, loaded once from resources, in normalized form. */
final class Lexicon {
  private Lexicon() {}

  static final Set<String> STOPWORDS = words("stopwords.txt");
  static final Set<String> NEGATION = words("negation.txt");
  /** Negation words that negate the word right after them (a noun or adjective), not a clause. */
  static final Set<String> NOUN_NEGATION = words("negation-noun.txt");
  static final Set<String> NONASSERTIVE = words("nonassertive.txt");
  /** Modal, auxiliary and copular verbs: never the key word of an opposite claim. */
  static final Set<String> AUXILIARY = words("auxiliary-verbs.txt");
  /** Nouns naming a principle or policy: a negation right after one names a concept (مبدأ عدم التدخل). */
  static final Set<String> CONCEPT_HEADS = words("concept-heads.txt");
  /** Verbs of stopping or retreating: negated, they assert that something goes on. */
  static final Set<String> CESSATIVE = words("cessative-verbs.txt");
  /** Part-of-day word to {@code early} or {@code late}. */
  static final Map<String, String> PART_OF_DAY = pairs("part-of-day.txt");
  /** Plural number words that name an order, not a count ({@code مئات}: some hundreds). */
  static final Set<String> VAGUE_NUMBERS = words("vague-numbers.txt");
  /** Phrase dating a market reading ({@code عند التسوية}) to {@code open}, {@code midday} or {@code close}. */
  static final Map<String, String> MARKET_MOMENTS = pairs("market-moments.txt");
  /** Verbs of movement of a price ({@code ارتفع}, {@code مرتفعا}). */
  static final Set<String> PRICE_MOVES = kind("market-words.txt", "move");
  /** Words of a market ({@code سعر}, {@code برنت}, {@code للبرميل}). */
  static final Set<String> MARKET_WORDS = kind("market-words.txt", "market");
  /** Counted things whose count runs on as a story goes (a toll): a later, larger count is an update. */
  static final Set<String> RUNNING_TALLIES = words("running-tallies.txt");
  /** Words that carry on the sentence before them: no summary line opens with one. */
  static final Set<String> NON_OPENERS = words("summary-non-openers.txt");
  /** Openings of a report turning to another matter ({@code من جهة أخرى}). */
  static final Set<String> OTHER_MATTER = kind("summary-formulas.txt", "other");
  /** Openings of a list of who attended or received a guest ({@code حضر الاستقبال}). */
  static final Set<String> PROTOCOL = kind("summary-formulas.txt", "protocol");
  /** Verbs of prayer ({@code دعا}, {@code نسأل}): with الله among a line's first words, the line is an invocation. */
  static final Set<String> PRAYER = kind("summary-formulas.txt", "prayer");

  /** Phrases naming the period a figure covers (a week, a day, the running total): normalized phrase → period. */
  static final Map<String, String> TALLY_PERIODS = pairs("tally-periods.txt");

  /**
   * Arabic display label of a unit or counted thing, keyed as the figures stage writes them: the
   * labels listed here, else the first (singular) form of the figures stage's counted-noun or unit
   * table, so a new counted thing or unit never shows its English key ({@code member}, {@code mw}) in a report.
   */
  static final Map<String, String> UNIT_LABELS = labels();

  private static Map<String, String> labels() {
    Map<String, String> out = new HashMap<>();
    // units too ({@code mw} is shown as ميغاواط, not its key)
    firstForms("/org/mizan/figures/units.tsv", out);
    currencies(out);
    firstForms("/org/mizan/figures/counted-nouns.tsv", out);
    out.putAll(raw("unit-labels.txt"));
    return Map.copyOf(out);
  }

  /** ISO code to its noun and, when the code needs one, its adjective ({@code QAR} → ريال قطري). */
  private static void currencies(Map<String, String> out) {
    WordList.lines(Lexicon.class, "/org/mizan/figures/currencies.tsv").stream().map(l -> l.split("\t"))
        .filter(f -> f.length >= 2).forEach(f -> out.putIfAbsent(f[0].strip(), f[1].split(",")[0].strip()
            + (f.length > 2 && !f[2].isBlank() ? " " + f[2].split(",")[0].strip() : "")));
  }

  /** Key to first listed form of a figures table ({@code key<TAB>form,form,…}). */
  private static void firstForms(String resource, Map<String, String> out) {
    WordList.lines(Lexicon.class, resource).stream().map(l -> l.split("\t"))
        .filter(f -> f.length == 2).forEach(f -> out.put(f[0].strip(), f[1].split(",")[0].strip()));
  }

  private static Map<String, String> raw(String name) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines(name)) {
      String[] f = line.split("\t");
      if (f.length == 2) out.put(f[0].strip(), f[1].strip());
    }
    return Map.copyOf(out);
  }

  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String line : lines(name)) out.add(ArabicNormalization.normalize(line.strip()));
    return Set.copyOf(out);
  }

  /** The normalized words of a {@code kind<TAB>word} list that have this kind. */
  private static Set<String> kind(String name, String kind) {
    Set<String> out = new HashSet<>();
    for (String line : lines(name)) {
      String[] f = line.split("\t");
      if (f.length == 2 && f[0].strip().equals(kind)) out.add(ArabicNormalization.normalize(f[1].strip()));
    }
    return Set.copyOf(out);
  }

  private static Map<String, String> pairs(String name) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines(name)) {
      String[] f = line.split("\t");
      if (f.length == 2) out.put(ArabicNormalization.normalize(f[0].strip()), f[1].strip());
    }
    return Map.copyOf(out);
  }

  private static java.util.List<String> lines(String name) {
    return WordList.lines(Lexicon.class, name);
  }
}
