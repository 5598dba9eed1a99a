package org.mizan.clean;

import java.util.List;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Line features shared by the cleaning and metadata stages: the matching form of a line, its word
 * count, whether it reads like body text (a sentence) or like a title (short, no final stop).
 */
public final class Lines {
  private Lines() {}

  /** Matching form with punctuation turned into single spaces: {@code "اقرأ أيضًا:"} → {@code "اقرا ايضا"}. */
  public static String key(String line) {
    String n = ArabicNormalization.normalize(line);
    // a char buffer, not a StringBuilder: that one widens itself on the first Arabic letter, a copy per line (hot path)
    char[] buf = new char[n.length()];
    int len = 0;
    boolean space = true;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        buf[len++] = c;
        space = false;
      } else if (!space) {
        buf[len++] = ' ';
        space = true;
      }
    }
    if (len > 0 && buf[len - 1] == ' ') len--;
    return new String(buf, 0, len);
  }

  /** Number of words and numbers. */
  public static int words(String line) {
    return words(line, Integer.MAX_VALUE);
  }

  /** Number of words and numbers, counting stopped at {@code cap}. */
  public static int words(String line, int cap) {
    // same count as Tokenizer.tokenize(line).size(), without building tokens (hot path)
    int n = 0;
    int i = 0;
    int len = line.length();
    while (i < len && n < cap) {
      char c = line.charAt(i);
      if (isDigit(c)) {
        n++;
        i++;
        while (i < len) {
          char d = line.charAt(i);
          if (isDigit(d)) i++;
          else if ((d == ',' || d == '.' || d == '٫' || d == '٬') && i + 1 < len && isDigit(line.charAt(i + 1))) i += 2;
          else break;
        }
      } else if (isWordChar(c) && !ArabicNormalization.isMark(c)) {
        n++;
        i++;
        while (i < len && isWordChar(line.charAt(i)) && !isDigit(line.charAt(i))) i++;
      } else {
        i++;
      }
    }
    return n;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '٠' && c <= '٩') || (c >= '۰' && c <= '۹');
  }

  private static boolean isWordChar(char c) {
    // the common cases first, same answers as below (hot path): ASCII, and Arabic letters, tatweel and harakat
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c >= '\u0621' && c <= '\u065F') return true;
    return Character.isLetter(c) || ArabicNormalization.isMark(c) || c == '\u200c' || c == '\u200d';
  }

  public static List<Token> tokens(String line) {
    return Tokenizer.tokenize(line);
  }

  /** The last visible character, skipping closing quotes and brackets. */
  static char lastChar(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '”' || c == '»' || c == ')' || c == '\'' || c == '’') continue;
      return c;
    }
    return 0;
  }

  /**
   * Index of the first paragraph that reads like running text ({@link #isBody}), or -1. A long line
   * with no final stop above a date stamp is the headline, not the text ({@link #headlineAboveStamp}).
   */
  public static int firstBody(List<org.mizan.doc.Paragraph> ps) {
    for (int i = 0; i < ps.size(); i++) if (isBody(ps.get(i).text()) && !headlineAboveStamp(ps, i)) return i;
    return -1;
  }

  /**
   * True for a line of at most 30 words with no final stop whose next lines reach a date stamp (or a bare
   * counter, {@link #isCounter}) before
   * any running text: a stamp sits between the headline and the text, never inside the text, so a long
   * headline ({@code مجلس الوزراء أقر … خطة الجيش}, 17 words) is not the first paragraph.
   */
  static boolean headlineAboveStamp(List<org.mizan.doc.Paragraph> ps, int i) {
    return headlineAboveStamp(j -> ps.get(j).text(), ps.size(), i);
  }

  private static boolean headlineAboveStamp(java.util.function.IntFunction<String> lines, int size, int i) {
    if (!headlineShaped(lines.apply(i))) return false;
    for (int j = i + 1, seen = 0; j < size && seen < 3; j++) {
      String next = lines.apply(j);
      if (next.isBlank()) continue;
      seen++;
      if (org.mizan.meta.DateParser.isStamp(next)) return org.mizan.meta.DateParser.find(next).isPresent();
      if (isCounter(next)) return true; // a view counter sits under the headline too
      if (isBody(next)) return false;
    }
    return false;
  }

  /**
   * {@link #headlineAboveStamp} judged on the page as given (the stamp line may be gone from the
   * paragraphs once read): true when {@code text}, a line of {@code d}'s page, has a date stamp under it.
   */
  public static boolean headlineAboveStamp(org.mizan.doc.Document d, String text) {
    if (d.raw() == null || !headlineShaped(text)) return false; // most first paragraphs: no search of the page
    List<String> lines = d.raw().lines();
    String k = key(text);
    for (int i = 0; i < lines.size(); i++) if (key(lines.get(i)).equals(k)) return headlineAboveStamp(lines::get, lines.size(), i);
    return false;
  }

  /** A bare number of at most seven digits alone on its line: a view or comment counter, never text. */
  public static boolean isCounter(String line) {
    return line.strip().matches("[0-9٠-٩]{1,7}");
  }

  /** At most 30 words, no final stop, and no prose opening: a line that can be a headline. */
  private static boolean headlineShaped(String line) {
    char last = lastChar(line);
    return words(line, 31) <= 30 && last != '.' && last != '؛' && last != ':' && last != '…' && !opensLikeProse(line);
  }

  /** Index of the last paragraph that reads like running text ({@link #isBody}), or -1. */
  public static int lastBody(List<org.mizan.doc.Paragraph> ps) {
    for (int i = ps.size() - 1; i >= 0; i--) if (isBody(ps.get(i).text())) return i;
    return -1;
  }

  /** True for a line that reads like running text: long, or a sentence with a final stop. */
  public static boolean isBody(String line) {
    int w = words(line, 16);
    if (w >= 16) return true;
    char last = lastChar(line);
    boolean stop = last == '.' || last == '…' || last == '؛' || last == ':';
    if (stop && w >= 3 && !line.strip().endsWith("..")) return true;
    if (last == '!' && w >= 10) return true; // headlines end with "!" too
    if (w >= 8 && opensLikeProse(line)) return true; // a paragraph cut short keeps its opening
    // a full sentence followed by more text (a tag list or caption glued on) is still running text
    int dot = line.indexOf(". ");
    return w >= 10 && dot > 0 && line.charAt(dot - 1) != '.' && words(line.substring(0, dot)) >= 6;
  }

  /** Loaded on first use (the list is a resource, read once). */
  private static final class Openers {
    static final java.util.Set<String> WORDS = new java.util.HashSet<>();

    static {
      for (String w : resource("/org/mizan/clean/sentence-openers.txt")) WORDS.add(key(w));
    }
  }

  /**
   * True for a line opening with a word of running text ({@code وقال}, {@code كما}: list
   * {@code clean/sentence-openers.txt}) with a comma or colon after it: a sentence, not a title.
   */
  static boolean opensLikeProse(String line) {
    String s = line.strip();
    int space = s.indexOf(' ');
    char end = lastChar(s); // a verse or a headline may end in "!" or "؟"; a paragraph cut short does not
    if (space < 0 || end == '!' || end == '؟' || end == '?') return false;
    String rest = s.substring(space);
    // a reporting verb then a quote mark (وتابع “…”) is a quoted sentence, even with no comma and no stop
    return Openers.WORDS.contains(key(s.substring(0, space)))
        && (rest.contains("،") || rest.contains(",") || rest.contains(":") || rest.contains("“") || rest.contains("«"));
  }

  /** True for a line whose first word opens running text ({@code قال}, {@code وأضاف}: {@code clean/sentence-openers.txt}). */
  public static boolean opensWithSentenceWord(String line) {
    String s = line.strip();
    int space = s.indexOf(' ');
    return space > 0 && Openers.WORDS.contains(key(s.substring(0, space)));
  }

  /** True for a short line without a final stop: a headline, subheading, caption or link. */
  public static boolean isTitleLike(String line) {
    int w = words(line, 25);
    return w >= 1 && w <= 24 && !isBody(line);
  }

  /** The non-comment, non-blank lines of a class-path resource. */
  public static List<String> resource(String path) {
    return org.mizan.text.WordList.lines(Lines.class, path);
  }

  /** True when {@code key} contains {@code phrase} (both matching forms) as whole words. */
  public static boolean containsWords(String key, String phrase) {
    int from = 0;
    while (true) {
      int i = key.indexOf(phrase, from);
      if (i < 0) return false;
      int end = i + phrase.length();
      if ((i == 0 || key.charAt(i - 1) == ' ') && (end == key.length() || key.charAt(end) == ' ')) return true;
      from = i + 1;
    }
  }
}
