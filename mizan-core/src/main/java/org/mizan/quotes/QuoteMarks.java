package org.mizan.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in a body: {@code "…"}, {@code “…”}, {@code «…»}, {@code „…“}, {@code ‘…’},
 * {@code '…'}, and the mirrored {@code ”…“} and {@code »…«} some outlets print. A quote left open at the end of a paragraph continues when the next paragraph opens
 * with a quote mark again (the news convention for multi-paragraph quotes); otherwise it ends there.
 */
final class QuoteMarks {
  /** A quoted span: {@code open} is the opening mark, content is {@code [start, end)}. */
  record Span(int open, int start, int end) {
    String text(String body) {
      return body.substring(start, end);
    }
  }

  private QuoteMarks() {}

  static List<Span> find(String body) {
    List<Span> out = new ArrayList<>();
    int n = body.length();
    boolean[] consumed = new boolean[n];
    int i = 0;
    while (i < n) {
      char c = body.charAt(i);
      String closers = closers(c);
      if (closers == null && mirroredOpener(body, i)) closers = c == '”' ? "“”" : "«»";
      if (closers == null || (c == '\'' && !startsSingle(body, i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && (c == '»' || c == '”') && body.charAt(j) == c) j++; // :»» إن …: a doubled opener
      int end = -1;
      int resume = -1;
      while (j < n) {
        char d = body.charAt(j);
        if (j > i + 1 && colonOpener(body, j)) {
          // وقال: «…..وقال فلان: «…: a mark after a colon opens the next quote; this one ends at its
          // last sentence end before that cue (or at the colon when it has none)
          int stop = lastSentenceEnd(body, i + 1, j);
          end = stop > 0 ? stop : j;
          resume = j;
          break;
        }
        if (closers.indexOf(d) >= 0 && (d != '\'' || endsSingle(body, j))) {
          int inner = d == '"' ? innerPairEnd(body, j) : -1;
          if (inner > 0) {
            j = inner + 1; // "… جريدة "الرياض" خارج …": a short quoted name inside the quote
            continue;
          }
          end = j;
          break;
        }
        if (d == '\n') {
          // paragraph break: continue only if the next paragraph opens with a quote mark
          int k = j;
          while (k < n && Character.isWhitespace(body.charAt(k))) k++;
          if (k < n && closers(body.charAt(k)) != null && body.charAt(k) != '\'' && c != '\'') {
            j = k + 1;
            continue;
          }
          if (c != '\'' && brokenMidSentence(body, i, j) && closedInParagraph(body, k, closers)) {
            j = k; // a paragraph broken mid-sentence inside the quote (a page's line wrap): the next one closes it
            continue;
          }
          break;
        }
        j++;
      }
      int contentEnd = end >= 0 ? end : j;
      int s = i + 1;
      while (s < contentEnd && (c == '»' || c == '”') && body.charAt(s) == c) s++;
      int e = contentEnd;
      while (s < e && Character.isWhitespace(body.charAt(s))) s++;
      while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
      if (e > s) out.add(new Span(i, s, e));
      consumed[i] = true;
      if (resume >= 0) {
        i = resume;
        continue;
      }
      if (end >= 0) consumed[end] = true;
      i = end >= 0 ? end + 1 : j;
    }
    List<Span> stray = strayPairs(body, consumed);
    if (stray.isEmpty()) return out;
    out.addAll(stray);
    out.sort(java.util.Comparator.comparingInt(Span::open));
    return out;
  }

  /**
   * Closing marks no quote used ({@code »}, {@code ”}), paired with each other inside a paragraph:
   * outlets print one mark for both ends ({@code وأضافت:» …»}, {@code فلان» إن …»}) or drop an
   * opener ({@code …اليمن” وأن ” …”}). Two stray marks of the same kind make a quote when at least
   * three words stand between them and no other quote lies between: the marks of other quotes are
   * never re-paired.
   */
  private static List<Span> strayPairs(String body, boolean[] consumed) {
    List<Span> out = new ArrayList<>();
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if ((c != '»' && c != '”') || consumed[i]) continue;
      for (int j = i + 1; j < n; j++) {
        char d = body.charAt(j);
        if (d == '\n' || consumed[j] || "«“\"„".indexOf(d) >= 0) break;
        if (d != c) continue;
        String inner = body.substring(i + 1, j).strip();
        if (inner.split("\\s+").length >= 3 && (j + 1 >= n || !Character.isLetterOrDigit(body.charAt(j + 1)))) {
          int s = body.indexOf(inner, i + 1);
          out.add(new Span(i, s, s + inner.length()));
          consumed[i] = true;
          consumed[j] = true;
          i = j;
        }
        break;
      }
    }
    return out;
  }

  /**
   * Closing marks ({@code »}, {@code ”}) that neither open nor close any of {@code spans}: a quote whose
   * opener the outlet dropped ({@code وأضاف فلان أن زيادة الرسوم تؤثر على الأرباح».}). Only a mark that
   * ends a word counts (a letter or digit right before it, none after it).
   */
  static List<Integer> loneClosers(String body, List<Span> spans) {
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (Span sp : spans) {
      taken.add(sp.open());
      int k = sp.end();
      while (k < body.length() && Character.isWhitespace(body.charAt(k))) k++;
      taken.add(k);
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < body.length(); i++) {
      char c = body.charAt(i);
      if ((c != '»' && c != '”') || taken.contains(i) || inside(spans, i)) continue;
      boolean endsWord = Character.isLetterOrDigit(body.charAt(i - 1)) || ".؟!".indexOf(body.charAt(i - 1)) >= 0;
      boolean beforeWord = i + 1 < body.length() && Character.isLetterOrDigit(body.charAt(i + 1));
      if (endsWord && !beforeWord) out.add(i);
    }
    return out;
  }

  private static boolean inside(List<Span> spans, int i) {
    for (Span sp : spans) if (sp.start() <= i && i < sp.end()) return true;
    return false;
  }

  /**
   * When the straight quote at {@code j} opens a short inner pair (a quoted name of at most three
   * words, no sentence punctuation) and another straight quote follows in the paragraph, the end of
   * that inner pair; else -1.
   */
  private static int innerPairEnd(String body, int j) {
    if (j + 1 >= body.length() || !Character.isLetter(body.charAt(j + 1)) || j == 0
        || !Character.isWhitespace(body.charAt(j - 1))) {
      return -1;
    }
    int k = body.indexOf('"', j + 1);
    int para = body.indexOf('\n', j);
    if (k < 0 || (para >= 0 && k > para)) return -1;
    String inner = body.substring(j + 1, k);
    if (inner.split("\\s+").length > 3 || inner.matches(".*[.،:؟!].*")) return -1;
    int after = body.indexOf('"', k + 1);
    return after >= 0 && (para < 0 || after < para) ? k : -1;
  }

  /** Whether the paragraph ending at {@code nl} stops on a word, inside the quote opened at {@code open}. */
  private static boolean brokenMidSentence(String body, int open, int nl) {
    int e = nl;
    while (e > open + 1 && Character.isWhitespace(body.charAt(e - 1))) e--;
    return e > open + 1 && Character.isLetterOrDigit(body.charAt(e - 1));
  }

  /**
   * Whether the paragraph starting at {@code from} holds one of {@code closers} as a closing mark
   * (after a word, not before one) before any mark opening another quote.
   */
  private static boolean closedInParagraph(String body, int from, String closers) {
    for (int p = from; p < body.length() && body.charAt(p) != '\n'; p++) {
      char x = body.charAt(p);
      boolean afterWord = p > from && !Character.isWhitespace(body.charAt(p - 1));
      boolean beforeWord = p + 1 < body.length() && Character.isLetterOrDigit(body.charAt(p + 1));
      if (closers.indexOf(x) >= 0 && afterWord && !beforeWord) return true;
      if (closers(x) != null && x != '\'') return false;
    }
    return false;
  }

  private static String closers(char c) {
    return switch (c) {
      case '"' -> "\"";
      case '“' -> "”“";
      case '«' -> "»";
      case '„' -> "“”";
      case '‘' -> "’";
      case '{' -> "»}"; // a brace printed for « ({…»)
      case '\'' -> "'";
      default -> null;
    };
  }

  /**
   * A closing mark used as an opener ({@code ”…“}, {@code »…«}: some outlets print Arabic quotes
   * mirrored): one standing before a word, after a space, a line start or punctuation, and closed
   * later in the paragraph. A closer ends a word; it does not stand before one.
   */
  private static boolean mirroredOpener(String body, int i) {
    char c = body.charAt(i);
    if (c != '”' && c != '»') return false;
    if (i > 0 && Character.isLetterOrDigit(body.charAt(i - 1))) return false;
    int w = i + 1;
    if (afterColon(body, i)) {
      // وقال: ” كلام …“: spaced inside the marks; :»» إن …: the mark doubled
      while (w < body.length() && (body.charAt(w) == ' ' || body.charAt(w) == c)) w++;
    }
    if (w >= body.length() || !Character.isLetterOrDigit(body.charAt(w))) return false;
    if (afterColon(body, i)) return true; // :» إن …: a colon announces a quote, even one never closed
    int close = body.indexOf(c == '”' ? '“' : '«', i + 1);
    int para = body.indexOf('\n', i);
    return close > 0 && (para < 0 || close < para);
  }

  /**
   * A closing-shaped mark at {@code j} right after a colon and before a word ({@code :»إن}, {@code
   * :»» إن}, {@code : ”نحن}): it opens what the colon announces, never closes a quote.
   */
  private static boolean colonOpener(String body, int j) {
    // only a closing shape used as an opener (mirroredOpener takes » and ” alone): a proper opener
    // after a colon inside a quote nests (قال: «… قال الله تعالى: «…»، …»)
    return afterColon(body, j) && mirroredOpener(body, j);
  }

  /** The position after the last sentence end ({@code .}, {@code ؟}, {@code !}, not a decimal point) in [from, to), or -1. */
  private static int lastSentenceEnd(String body, int from, int to) {
    for (int k = to - 1; k > from; k--) {
      char c = body.charAt(k);
      boolean decimal = c == '.' && k + 1 < body.length() && Character.isDigit(body.charAt(k + 1))
          && Character.isDigit(body.charAt(k - 1));
      if ((c == '.' || c == '؟' || c == '!') && !decimal) return k + 1;
    }
    return -1;
  }

  /** The mark follows a colon (spaces between allowed): it can only open what the colon announces. */
  private static boolean afterColon(String body, int i) {
    int k = i - 1;
    while (k >= 0 && body.charAt(k) == ' ') k--;
    return k >= 0 && body.charAt(k) == ':';
  }

  /** A straight single quote opens a quote only at a word start, not as an apostrophe. */
  private static boolean startsSingle(String body, int i) {
    return (i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)))
        && i + 1 < body.length() && Character.isLetter(body.charAt(i + 1));
  }

  private static boolean endsSingle(String body, int j) {
    return j + 1 >= body.length() || !Character.isLetterOrDigit(body.charAt(j + 1));
  }
}
