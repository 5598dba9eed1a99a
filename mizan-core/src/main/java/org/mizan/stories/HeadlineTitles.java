package org.mizan.stories;

import java.util.List;
import java.util.Set;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * How a headline names the actors of its lead: by a title of office it opens with ("ولي العهد
 * يستقبل …"), by the title words that stand before a person's name in the lead, or by the end of an
 * organisation's name without its head ("الخدمة المدنية").
 */
final class HeadlineTitles {
  private static final Set<String> HEADLINE_TITLES = WordLists.load("/org/mizan/stories/headline-titles.txt", false);

  private HeadlineTitles() {}

  /**
   * Whether two words of a name's title, among the {@value #TITLE_WORDS} words just before it in the
   * body with no punctuation between them and the name ("سفير جمهورية فرنسا لدى المملكة بيير دوران",
   * "وزير الدفاع الأمريكي جيمس ميلر"), follow each other in the headline too ("يستقبل سفير جمهورية
   * فرنسا"). Stopwords and numbers are no title ("مع", "لدى", "أمس").
   */
  static boolean titleInHeadline(String body, int nameStart, List<Token> headline) {
    int from = Math.max(0, nameStart - 100);
    List<Token> before = Tokenizer.tokenize(body.substring(from, nameStart));
    int first = before.size();
    // back from the name while only letters and spaces lie between
    while (first > 0 && before.size() - first < TITLE_WORDS && lettersOnly(body, from + before.get(first - 1).end(),
        first == before.size() ? nameStart : from + before.get(first).start())) {
      first--;
    }
    for (int i = first; i + 1 < before.size(); i++) if (pairInHeadline(before.get(i), before.get(i + 1), headline)) return true;
    return false;
  }

  static final int TITLE_WORDS = 4;

  private static boolean lettersOnly(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (!Character.isLetter(ch) && !Character.isWhitespace(ch) && Character.getType(ch) != Character.NON_SPACING_MARK) return false;
    }
    return true;
  }

  /** The same for a mention that holds its title ("وزير الدفاع الأمريكي جيمس ميلر"): its first two of at least three words. */
  static boolean titleInHeadline(String mention, List<Token> headline) {
    List<Token> t = Tokenizer.tokenize(mention);
    return t.size() >= 3 && pairInHeadline(t.get(0), t.get(1), headline);
  }

  private static boolean pairInHeadline(Token a, Token b, List<Token> headline) {
    if (StoryFeatures.term(a) == null || StoryFeatures.term(b) == null || a.isNumber() || b.isNumber()) return false;
    for (int i = 0; i + 1 < headline.size(); i++) {
      if (headline.get(i).stem().equals(a.stem()) && headline.get(i + 1).stem().equals(b.stem())) return true;
    }
    return false;
  }

  /** Whether the headline's first word is a title of office (see {@code headline-titles.txt}). */
  static boolean opensWithTitle(List<Token> headline) {
    for (Token t : headline) {
      if (t.isNumber()) return false;
      if (t.norm().isEmpty()) continue;
      return HEADLINE_TITLES.contains(t.norm()) || HEADLINE_TITLES.contains(Clitics.strip(t.norm()));
    }
    return false;
  }

  /**
   * Where the headline names an organisation by the end of its name, without its head and
   * qualifiers ("الخدمة المدنية" for "وزارة الخدمة المدنية", "«الغذاء والدواء»" for "الهيئة العامة
   * للغذاء والدواء"): the offset of the headline token where the organisation's last two words
   * (clitic-stripped) follow each other; -1 when it does not, or the name has fewer than three words.
   */
  static int shortOrgName(String org, List<Token> headline) {
    List<Token> name = Tokenizer.tokenize(org);
    if (name.size() < 3) return -1;
    String a = name.get(name.size() - 2).stem();
    String b = name.get(name.size() - 1).stem();
    for (int i = 0; i + 1 < headline.size(); i++) {
      if (headline.get(i).stem().equals(a) && headline.get(i + 1).stem().equals(b)) return headline.get(i).start();
    }
    return -1;
  }
}
