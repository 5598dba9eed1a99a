package org.mizan.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mizan.clean.HeaderNames;
import org.mizan.clean.Lines;
import org.mizan.clean.PageFurniture;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.WordList;

/**
 * The author field of a page or feed read into writer, place and credited sources. Outlets fill it in
 * many shapes: {@code الرياض - فلان الفلاني:}, {@code فلان الفلاني (جدة)}, {@code فلان الفلاني - الأحساء},
 * {@code فلان- الموقع- المكان:}, {@code جدة - الوكالة:}, {@code القاهرة: فلان}, {@code المكان: «الصحيفة»},
 * {@code فلان من الدمام}. A part is a source when it is a known agency or outlet, a place when the place
 * list knows it (or it is the one unknown one-word part beside a writer), and the writer when it has
 * a name's shape ({@link HeaderNames#isPersonName}); of two name-shaped parts the first is the place,
 * as a dateline prints them.
 */
public final class AuthorField {
  private AuthorField() {}

  /**
   * What an author field says.
   *
   * @param writer the writer's name, or null
   * @param place the dateline's place, or null
   * @param credits agencies the field credits
   */
  public record Parsed(String writer, String place, List<String> credits) {
    static final Parsed NONE = new Parsed(null, null, List.of());
  }

  private static final Pattern SPLIT = Pattern.compile("\\s*[-–—/|،,_()]+\\s*|\\s+من\\s+");
  private static final Pattern BRACKET = Pattern.compile("\\(([^()]*)\\)?\\s*$");
  /** A photographer's credit after the writer ("… / تصوير - فلان"): not the writer's. */
  private static final Pattern PHOTOGRAPHER = Pattern.compile("\\s*[/،,]?\\s*(?:تصوير|عدسة|بعدسة)\\s*[-–—:]?.*$");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200b-\u200f\ufeff]");
  private static final Pattern LONE_TATWEEL = Pattern.compile("\\s+ـ+\\s+");
  private static final Pattern QUOTE_MARKS = Pattern.compile("[«»\"“”*]");
  private static final Pattern INNER_BRACKET = Pattern.compile("\\(([^()]{2,30})\\)");
  private static final Pattern AND = Pattern.compile("\\s+و(?=\\S)");
  private static final Set<String> WAW_NAMES = WordList.normalized(AuthorField.class, "/org/mizan/meta/waw-given-names.txt");
  /** A field's colon, not one of a clock time. */
  private static final Pattern COLON = Pattern.compile("(?<!\\d)[:：](?!\\d)");
  private static final Pattern TRAILING_COLON = Pattern.compile("[:：]+\\s*$");
  private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}\\s.]+");
  private static final Pattern DOCTOR = Pattern.compile("^د\\s*\\.\\s*");

  /** The parts of {@code author}; {@link Parsed#NONE} for a field that is no author line (a sentence). */
  public static Parsed parse(String author) {
    return parse(author, null);
  }

  /**
   * The parts of {@code author} on a page of {@code ownOutlet} (a display name, or null): a part that
   * opens with the page's own outlet name is the publisher even where its name is a common word
   * ({@code الوئام - رويترز}, {@code الاقتصادية الإلكترونية من الرياض}).
   */
  public static Parsed parse(String author, String ownOutlet) {
    if (author == null) return Parsed.NONE;
    // a tatweel standing alone is a dash ("سبق ـ أبها"); zero-width marks are nothing
    String s = LONE_TATWEEL.matcher(ZERO_WIDTH.matcher(author).replaceAll("")).replaceAll(" - ");
    s = QUOTE_MARKS.matcher(Attribution.stripMarks(s)).replaceAll(" ").strip();
    s = PHOTOGRAPHER.matcher(s).replaceFirst("");
    s = GenreLabels.withoutOpening(PageFurniture.withoutWriterLabel(s));
    s = TRAILING_COLON.matcher(s).replaceAll("").strip();
    // a sentence or a question is no author field
    if (s.isEmpty() || Lines.words(s) > 12 || s.endsWith(".") || s.indexOf('؟') >= 0 || s.indexOf('?') >= 0) return Parsed.NONE;
    if (!COLON.matcher(s).find()) {
      Parsed groups = FromPlaceByline.read(s); // "فلان من المكان وفلانة من المكان2"
      if (groups != null) return groups;
    }
    Parts parts = new Parts(ownOutlet == null ? null : Lines.key(ownOutlet), creditsAgency(s));
    // "فلان (المكان)": the bracket holds the place
    java.util.regex.Matcher b = BRACKET.matcher(s);
    if (b.find() && b.start() > 0) {
      String inside = Attribution.display(b.group(1));
      if (bracketPlace(inside)) {
        parts.place = inside;
        s = s.substring(0, b.start()).strip();
      }
    }
    // "فلان (المكان)، فلان", "المدينة (البلد) - الوكالة": a place in brackets inside the field qualifies the
    // part before it; it is no part of its own
    java.util.regex.Matcher inner = INNER_BRACKET.matcher(s);
    StringBuilder rest = new StringBuilder();
    while (inner.find()) {
      boolean place = bracketPlace(Attribution.display(inner.group(1)));
      if (place && parts.place == null) parts.place = qualifiedPlace(s, inner.start(), inner.end());
      inner.appendReplacement(rest, place ? " " : java.util.regex.Matcher.quoteReplacement(inner.group()));
    }
    s = inner.appendTail(rest).toString().strip();
    // "المكان: فلان", "المكان: «الصحيفة»": places left of the colon; "المكان: فلان - المكان2: فلان2": each
    // group after the first ends with the next group's place
    String[] groups = COLON.split(s, -1);
    if (groups.length >= 2 && !groups[0].isBlank() && !groups[groups.length - 1].isBlank()) {
      parts.read(groups[0], true);
      for (int g = 1; g < groups.length; g++) {
        int cut = g < groups.length - 1 ? nextPlaceAt(groups[g]) : groups[g].length();
        parts.read(groups[g].substring(0, cut), false);
        parts.read(groups[g].substring(cut), true);
      }
    } else {
      parts.read(s, false);
    }
    return parts.resolve();
  }

  /**
   * Where the next group's place starts in a group between two colons: after its last separator
   * ({@code فلان - الرياض}), or at a known place closing it with none ({@code فلان الفلاني واشنطن}).
   */
  private static int nextPlaceAt(String group) {
    java.util.regex.Matcher m = SPLIT.matcher(group);
    int cut = -1;
    while (m.find()) {
      if (m.end() < group.length()) cut = m.end();
    }
    if (cut > 0) return cut;
    String[] words = group.strip().split("\\s+");
    for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
      String tail = words(words, words.length - n, words.length);
      if (HeaderNames.isPlace(tail)) return group.lastIndexOf(tail);
    }
    return group.length();
  }

  /** The classified parts of a field, in order. */
  private static final class Parts {
    String place;
    final List<String> credits = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<Integer> nameAt = new ArrayList<>();
    final List<Integer> publisherAt = new ArrayList<>();
    final List<String> unknownOneWord = new ArrayList<>();
    int at;
    final String own;
    final boolean agencyField;

    Parts(String own, boolean agencyField) {
      this.own = own;
      this.agencyField = agencyField;
    }

    void read(String side, boolean placeSide) {
      for (String raw : SPLIT.split(side)) {
        String part = Attribution.display(raw);
        if (part.isEmpty()) continue;
        at++;
        List<String> several;
        if (Agencies.isAgency(part)) {
          credits.add(part);
          publisherAt.add(at);
        } else if (Outlets.named(part).isPresent() && !anotherOutletsCity(part)) {
          publisherAt.add(at); // the outlet itself
        } else if (part.startsWith("مكتب ") || part.startsWith("خاص ") || GenreLabels.isLabel(part) || GenreLabels.isDesk(part)) {
          continue; // its bureau, "خاص بالصحيفة", a genre label, a desk ("المحليات")
        } else if (HeaderNames.isPlace(part) || placeSide && Lines.words(part) <= 3 && isLetters(part)) {
          if (place == null) place = part; // a place first: the paper named after its city prints the city
        } else if (isOwn(part)) {
          publisherAt.add(at); // the page's own outlet under a common word's name
        } else if ((several = coordinated(part)) != null) {
          for (String name : several) {
            names.add(name); // "فلان وفلانة": two writers
            nameAt.add(at);
          }
        } else if (HeaderNames.isPersonName(DOCTOR.matcher(part).replaceFirst("")) || Lines.words(part) == 5 && isLetters(part)) {
          names.add(part);
          nameAt.add(at);
        } else if ((several = nameThenPlace(part, agencyField)) != null) {
          names.add(several.get(0)); // "فلان الفلاني طهران": a writer with his place, no separator between
          nameAt.add(at);
          if (place == null) place = several.get(1);
        } else if (Lines.words(part) == 1 && isLetters(part)) {
          unknownOneWord.add(part);
        }
      }
    }

    /**
     * True for the field's first part when it names both a place and another outlet than the page's:
     * {@code الخبر - فلان} on a Saudi paper's page is the city of Khobar, not the Algerian daily.
     */
    private boolean anotherOutletsCity(String part) {
      return at == 1 && own != null && !own.isEmpty() && HeaderNames.isPlace(part) && !isOwn(part);
    }

    /** Whether {@code part} opens with the page's own outlet name. */
    private boolean isOwn(String part) {
      return own != null && !own.isEmpty() && Lines.key(part).startsWith(own);
    }

    Parsed resolve() {
      String writer = null;
      boolean onePart = nameAt.stream().distinct().count() == 1; // "فلان وفلان": writers, no place among them
      if (names.size() >= 2 && place == null && !onePart) {
        int a = nameAt.get(0);
        int z = nameAt.get(names.size() - 1);
        boolean publisherBetween = publisherAt.stream().anyMatch(p -> p > a && p < z);
        // "فلان- الموقع- المكان": the writer first; "المكان - فلان": the dateline's order
        writer = publisherBetween ? names.get(0) : names.get(1);
        place = publisherBetween ? names.get(names.size() - 1) : names.get(0);
      } else if (names.size() == 1 && place == null && !credits.isEmpty() && nameAt.get(0) < publisherAt.get(0)) {
        place = names.get(0); // "ساو باولو - الوكالة": a name-shaped part before an agency is the dateline's place
      } else if (!names.isEmpty()) {
        // with the place known, every name is a writer ("المكان: فلان، فلان")
        writer = place != null || onePart ? String.join("، ", names) : names.get(0);
      }
      if (place == null && unknownOneWord.size() == 1 && unknownOneWord.get(0).length() >= 3 && (writer != null || !publisherAt.isEmpty())) place = unknownOneWord.get(0);
      return new Parsed(writer, place, List.copyOf(credits));
    }
  }

  /**
   * The place a bracket qualifies at the field's start, or null: {@code الأقصر (مصر): فلان} and
   * {@code كروغر (جنوب أفريقيا) – الوكالة} give the town. Before a colon the part is a dateline by the
   * press's convention; before a dash only a one-word part is, since {@code فلان الفلاني (جدة) - …} is a
   * writer with his town.
   */
  private static String qualifiedPlace(String field, int open, int close) {
    String before = Attribution.display(field.substring(0, open));
    if (before.isEmpty() || SPLIT.matcher(before).find() || !isLetters(before) || Lines.words(before) > 3) return null;
    String after = field.substring(close).strip();
    if (after.startsWith(":") || after.startsWith("：")) return before;
    return !after.isEmpty() && "-–—".indexOf(after.charAt(0)) >= 0 && Lines.words(before) == 1 ? before : null;
  }

  /**
   * A name of two words or more followed by a known place of one or two words, as [name, place]; or null.
   * Not a place that is also a family name ({@code مالي}), nor in a field crediting an agency, where
   * {@code المدينة البلد - الوكالة} is a dateline.
   */
  private static List<String> nameThenPlace(String part, boolean agencyField) {
    if (agencyField || !isLetters(part)) return null;
    String[] words = part.split("\\s+");
    for (int n = 2; n >= 1; n--) {
      if (words.length - n < 2) continue;
      String name = words(words, 0, words.length - n);
      String place = words(words, words.length - n, words.length);
      if (HeaderNames.isPlace(place) && !HeaderNames.isAmbiguousPlace(place) && HeaderNames.isPersonName(name)) {
        return List.of(name, place);
      }
    }
    return null;
  }

  /** Words {@code from} to {@code to} of {@code words}, joined by a space. */
  private static String words(String[] words, int from, int to) {
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
  }

  /** Whether a part of the field is an agency. */
  private static boolean creditsAgency(String field) {
    for (String raw : SPLIT.split(field)) {
      if (Agencies.isAgency(Attribution.display(raw))) return true;
    }
    return false;
  }

  /** A bracket's content that can be a place: up to three words of letters, no agency or outlet. */
  private static boolean bracketPlace(String inside) {
    return Lines.words(inside) <= 3 && isLetters(inside) && !Agencies.isAgency(inside) && Outlets.named(inside).isEmpty();
  }

  /**
   * The names of a part that joins several with "و" ({@code أحمد فلان وسوسن فلان}), or null. A part of four words
   * is two writers only when its third word is no given name of its own starting with و ({@code فلان وائل الفلاني});
   * a longer part is too long to be one name.
   */
  static List<String> coordinated(String part) {
    int words = Lines.words(part);
    if (words < 4 || !isLetters(part)) return null;
    String[] pieces = AND.split(part);
    if (pieces.length < 2) return null;
    if (words == 4 && (pieces.length != 2 || wawName(part.strip().split("\\s+")[2]))) return null;
    for (String piece : pieces) if (Lines.words(piece) < 2 || !HeaderNames.isPersonName(piece)) return null;
    return List.of(pieces);
  }

  /** Whether {@code word} is a given name whose first letter is و ({@code وائل}), not a conjunction and a name. */
  static boolean wawName(String word) {
    return WAW_NAMES.contains(ArabicNormalization.normalize(word));
  }

  private static boolean isLetters(String part) {
    return LETTERS.matcher(part).matches();
  }
}
