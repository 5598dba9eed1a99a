package org.mizan.figures;

import java.time.LocalDate;
import java.util.List;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code الليلة الماضية} in a story told of yesterday ({@code أعلن مسؤولون أمس الخميس … انفجار الليلة
 * الماضية}): the speakers spoke yesterday, so their last night is the night before yesterday, not the
 * night before publication. The story is told of yesterday when the last day-anchored date before the
 * night (one with {@code أمس} or {@code اليوم}) is yesterday.
 */
final class LastNight {
  private LastNight() {}

  static List<TextDate> ofYesterdaysStory(List<TextDate> dates, LocalDate pub) {
    if (pub == null) return dates;
    LocalDate yesterday = pub.minusDays(1);
    String spoken = null; // the value of the last anchored date seen
    for (int k = 0; k < dates.size(); k++) {
      TextDate d = dates.get(k);
      List<Token> ts = Tokenizer.tokenize(d.text());
      if (isLastNight(ts)) {
        if (yesterday.toString().equals(spoken) && yesterday.toString().equals(d.value())) {
          dates.set(k, new TextDate(d.text(), yesterday.minusDays(1).toString(), true, d.start(), d.end()));
        }
        continue;
      }
      if (d.value() == null) continue;
      for (Token t : ts) {
        String n = t.norm();
        if (n.equals("اليوم") || n.equals("امس") || n.equals("وامس")) spoken = d.value();
      }
    }
    return dates;
  }

  private static boolean isLastNight(List<Token> ts) {
    return ts.size() == 2 && ts.get(0).norm().equals("الليله") && DateExtractor.LAST.contains(ts.get(1).norm());
  }
}
