package org.mizan.figures;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.Token;

/**
 * Prices of a table whose currency is printed only in its column header: under a header line such as
 * {@code الصنف السعر بالدينار}, the rows {@code 1 أرز 3.5} or {@code عدس 2} are amounts in that currency.
 * A row is a short line of words ending in one number, with an optional leading index (no figure); the
 * table ends at the first other line. Only a header with no digit that names a currency is read, and only
 * tables of two rows or more, so a line of prose ending in a number is never taken for a row.
 */
final class TableRows {
  private TableRows() {}

  /** The longest row label read (words between the index and the price). */
  private static final int MAX_LABEL = 4;

  /** Adds the rows' prices to {@code out} (figures already read over a row are kept as they are). */
  static void add(String body, List<Token> toks, List<Figure> out) {
    List<List<Token>> lines = lines(body, toks);
    for (int h = 0; h < lines.size(); h++) {
      String code = headerCurrency(lines.get(h));
      if (code == null) continue;
      List<Row> rows = new ArrayList<>();
      int r = h + 1;
      for (; r < lines.size(); r++) {
        Row row = row(body, lines.get(r), code);
        if (row == null) break;
        rows.add(row);
      }
      if (rows.size() >= 2) {
        for (Row row : rows) {
          // the index read as a count of the label (1 أرز) is the row's number, no figure
          if (row.indexed()) out.removeIf(g -> g.start() == row.price().start() && g.end() <= row.priceStart());
          if (!covered(out, row.price())) out.add(row.price());
        }
      }
      h = r - 1;
    }
    out.sort(java.util.Comparator.comparingInt(Figure::start));
  }

  /** The currency a header line names, null when it has a digit or names none. */
  private static String headerCurrency(List<Token> line) {
    if (line.isEmpty() || line.size() > 10) return null;
    String code = null;
    for (int i = 0; i < line.size(); i++) {
      if (line.get(i).isNumber()) return null;
      Currencies.Match m = code == null ? FigureExtractor.CURRENCIES.at(line, i) : null;
      if (m != null) code = m.code();
    }
    return code;
  }

  /** A row's price (a figure over the whole row), whether it starts with an index, where its number starts. */
  private record Row(Figure price, boolean indexed, int priceStart) {}

  /** The row a line is, null when it is none. */
  private static Row row(String body, List<Token> line, String code) {
    int n = line.size();
    if (n < 2) return null;
    Token last = line.get(n - 1);
    Double value = last.isNumber() ? FigureExtractor.parseDigits(last.norm()) : null;
    if (value == null) return null;
    int eol = body.indexOf('\n', last.end());
    if (!body.substring(last.end(), eol < 0 ? body.length() : eol).isBlank()) return null; // 5% ends no row
    int from = line.get(0).isNumber() ? 1 : 0; // the row's index
    int words = n - 1 - from;
    if (words < 1 || words > MAX_LABEL) return null;
    for (int i = from; i < n - 1; i++) if (!line.get(i).isArabic()) return null;
    int start = line.get(0).start();
    Figure price = new Figure(body.substring(start, last.end()), value, code, null, null, start, last.end());
    return new Row(price, from == 1, last.start());
  }

  private static boolean covered(List<Figure> out, Figure f) {
    for (Figure g : out) if (g.start() < f.end() && f.start() < g.end()) return true;
    return false;
  }

  /** The tokens of each line of the body (blank lines dropped). */
  private static List<List<Token>> lines(String body, List<Token> toks) {
    List<List<Token>> lines = new ArrayList<>();
    List<Token> cur = new ArrayList<>();
    int prevEnd = -1;
    for (Token t : toks) {
      int nl = prevEnd < 0 ? -1 : body.indexOf('\n', prevEnd);
      if (nl >= 0 && nl < t.start()) { // a line break between the two tokens (no substring per token)
        lines.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(t);
      prevEnd = t.end();
    }
    if (!cur.isEmpty()) lines.add(cur);
    return lines;
  }
}
