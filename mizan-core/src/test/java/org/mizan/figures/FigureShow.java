package org.mizan.figures;

import java.time.LocalDate;
import java.util.List;

/** What the figure and date tests of a round compare: values as printed lines, on a fixed Wednesday. */
final class FigureShow {
  private FigureShow() {}

  static final LocalDate WEDNESDAY = LocalDate.of(2025, 8, 13);
  private static final FigureExtractor EXTRACTOR = new FigureExtractor();
  private static final DateExtractor DATES = new DateExtractor();

  /** The resolved values of the text's dates, published on {@link #WEDNESDAY}. */
  static List<String> values(String text) {
    return DATES.extract(text, WEDNESDAY).stream().map(TextDate::value).toList();
  }

  /** Each figure of the text as {@code value unit counted}. */
  static List<String> figures(String text) {
    return EXTRACTOR.extract(text).stream().map(FigureShow::show).toList();
  }

  static String show(Figure f) {
    return f.value() + " " + f.unit() + " " + f.counted();
  }
}
