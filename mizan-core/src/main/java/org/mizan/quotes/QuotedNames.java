package org.mizan.quotes;

import static org.mizan.quotes.QuoteWords.*;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.Span;
import org.mizan.text.Token;

/**
 * The text with the marks of a quoted name in a subject phrase replaced by spaces (offsets kept), so
 * the phrase rules read the name like any other ({@code حركة «…» في بيان}, {@code ورأت "…" أن}).
 */
final class QuotedNames {
  private final ReportingVerbs verbs;

  QuotedNames(ReportingVerbs verbs) {
    this.verbs = verbs;
  }


  /**
   * The text with the marks of a quoted name in a subject phrase replaced by spaces (offsets kept),
   * so the name is read like any other: after an organisation noun or {@code باسم}
   * ({@code حركة «…» في بيان}, {@code المتحدث باسم "…"، فلان}) or right after a reporting verb
   * when a complementizer follows ({@code ورأت "…" أن}): the organisation is the subject. {@code ts}
   * are the text's tokens.
   */
  String unquoteNames(String text, List<Token> ts) {
    StringBuilder sb = null;
    for (QuoteMarks.Span q : QuoteMarks.find(text)) {
      String inner = q.text(text).strip();
      if (q.end() >= text.length() || inner.isEmpty() || inner.matches("(?s).*[.:!?؟،,؛\\n].*")) continue;
      int n = inner.split("\\s+").length;
      if (n > (lineage(inner) ? LINEAGE_NAME_WORDS : SUBJECT_NAME_WORDS)) continue;
      Token before = null, after = null;
      for (Token t : ts) {
        if (t.end() <= q.open()) before = t;
        else if (t.start() > q.end()) { after = t; break; }
      }
      if (before == null) continue;
      String gap = text.substring(before.end(), q.open());
      boolean head = n <= NAME_WORDS && gap.isBlank() && nameHead(before.norm());
      boolean verbSubject = n <= NAME_WORDS && gap.isBlank() && (verbs.lookup(before.norm()) != null || isStance(before.norm()))
          && after != null && text.substring(q.end() + 1, after.start()).isBlank() && Complementizers.is(after.norm());
      if (!head && !verbSubject && !subjectSlot(text, ts, q, before, gap)) continue;
      if (sb == null) sb = new StringBuilder(text);
      sb.setCharAt(q.open(), ' ');
      sb.setCharAt(q.end(), ' ');
    }
    if (sb == null) return text;
    String masked = sb.toString();
    List<QuoteMarks.Span> kept = new ArrayList<>();
    for (QuoteMarks.Span q : QuoteMarks.find(text)) if (masked.charAt(q.open()) != ' ') kept.add(q);
    return QuoteMarks.find(masked).equals(kept) ? masked : text; // never re-pair the other marks
  }

  /**
   * A quoted name in the subject slot of a reporting verb whose content a complementizer opens
   * later in the sentence ({@code وقالت: «هيئة …»، في بيان لها، إن …}, {@code وقال الشيخ "فلان"
   * المتحدث باسم …، إن …}): right after the verb or a title (a colon at most between), then a
   * complementizer within a few words, with no other quote, full stop or line break before it.
   * Speech would follow the verb as the content itself, not sit before an إن clause.
   */
  boolean subjectSlot(String text, List<Token> ts, QuoteMarks.Span q, Token before, String gap) {
    if (!gap.replace(":", "").isBlank()) return false;
    boolean verb = verbs.lookup(before.norm()) != null && !verbs.lookup(before.norm()).participle();
    if (!verb && !(SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(before)) && gap.isBlank())) return false;
    if (!verb && !verbOpensTitleChain(text, ts, ts.indexOf(before))) return false;
    int seen = 0;
    for (Token t : ts) {
      if (t.start() <= q.end()) continue;
      String between = text.substring(q.end() + 1, t.start());
      if (between.contains(".") || between.contains("\n") || QuoteMarks.find(between).size() > 0
          || between.indexOf('«') >= 0 || between.indexOf('"') >= 0 || between.indexOf('“') >= 0) return false;
      if (Complementizers.is(t.norm())) return seen > 0 || !text.substring(q.end() + 1, t.start()).isBlank();
      if (verbs.lookup(t.norm()) != null || ++seen > SUBJECT_SLOT_WORDS) return false;
    }
    return false;
  }

  /**
   * Whether a reporting verb opens the unbroken title chain that ends at token {@code b}: right before
   * it, or a few words back with nothing but spaces between the words ({@code أكد وزير الطاقة
   * السعودي الأمير "…"، أنه}): the quoted words after the title are then the titled person's name.
   */
  boolean verbOpensTitleChain(String text, List<Token> ts, int b) {
    for (int k = b - 1; k >= 0 && k >= b - TITLE_CHAIN_WORDS; k--) {
      if (!text.substring(ts.get(k).end(), ts.get(k + 1).start()).isBlank()) return false;
      ReportingVerbs.Form f = verbs.lookup(ts.get(k).norm());
      if (f != null) return true;
    }
    return false;
  }

  /** A name with a lineage ({@code عبد العزيز بن سلمان بن عبد العزيز}): longer than other names. */
  static boolean lineage(String inner) {
    return inner.matches("(?s).*\\s(بن|ابن|بنت)\\s.*");
  }

  /** An organisation noun (not an outlet's, read with its quoted name already; not لـ-prefixed) or {@code باسم}. */
  boolean nameHead(String norm) {
    String n = norm.length() > 3 && (norm.startsWith("و") || norm.startsWith("ف")) ? norm.substring(1) : norm;
    if (n.equals("باسم") || n.equals("باسمه") || n.equals("باسمها")) return true;
    if (n.length() > 3 && n.startsWith("ال")) n = n.substring(2);
    return SpeakerPhrases.INSTITUTIONS.contains(n) && !SpeakerPhrases.OUTLETS.contains(n);
  }
}
