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

  private static final Pattern ISSUE_NUMBER = Pattern.compile("^\\s*(?:ال)?عدد\\s*(?:رقم\\s*)?[:：]?\\s*[0-9٠-٩]{1,6}\\s*$");

  /**
   * True for a masthead line that goes on with the paper's issue and its date ({@code رئيس التحرير: فلان صدر
   * العدد الأول في … الأربعاء 8 نوفمبر 2006}), or an issue number alone ({@code العدد 1749}): a print paper's
   * header, never text.
   */
  public static boolean isIssueLine(String line) {
    if (ISSUE_NUMBER.matcher(line).matches()) return true;
    Matcher m = TITLE_NAME.matcher(line);
    return m.matches() && Lines.words(m.group(2), 31) <= 30 && TITLES.contains(ArabicNormalization.normalize(m.group(1).strip()))
        && org.mizan.meta.DateParser.find(m.group(2)).isPresent();
  }

  /** The last full date a masthead's issue line prints (the issue's own; a founding date comes before it), or empty. */
  public static java.util.Optional<org.mizan.meta.DateParser.Found> issueDate(String line) {
    if (!isIssueLine(line)) return java.util.Optional.empty();
    String[] w = line.strip().split("\\s+");
    for (int k = w.length - 3; k >= 0; k--) { // the shortest tail holding a day, a month and a year
      java.util.Optional<org.mizan.meta.DateParser.Found> f = org.mizan.meta.DateParser.find(String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length)));
      if (f.isPresent()) return f;
    }
    return java.util.Optional.empty();
  }

  /** True for {@code المنصب: الاسم}, the post a masthead's, the name at most six words long. */
  public static boolean isMastheadLine(String line) {
    Matcher m = TITLE_NAME.matcher(line);
    return m.matches() && Lines.words(m.group(2)) <= 6 && TITLES.contains(ArabicNormalization.normalize(m.group(1).strip()));
  }
}
