package org.mizan.clean;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.WordList;

/**
 * A newspaper's masthead line: a post of its board or newsroom, a colon and a name
 * ({@code رئيس التحرير: فلان الفلاني}); the posts are in {@code clean/masthead-titles.txt}. Printed at
 * the page top, such a line is furniture, never the headline.
 */
public final class Masthead {
  private Masthead() {}

  private static final Set<String> TITLES = WordList.normalized(Masthead.class, "/org/mizan/clean/masthead-titles.txt");
  private static final Pattern TITLE_NAME = Pattern.compile("^\\s*([^:：]{3,40}?)\\s*[:：]\\s*(\\S.*?)\\s*$");

  /** True for {@code المنصب: الاسم}, the post a masthead's, the name at most six words long. */
  public static boolean isMastheadLine(String line) {
    Matcher m = TITLE_NAME.matcher(line);
    return m.matches() && Lines.words(m.group(2)) <= 6 && TITLES.contains(ArabicNormalization.normalize(m.group(1).strip()));
  }
}
