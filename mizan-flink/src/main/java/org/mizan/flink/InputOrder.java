package org.mizan.flink;

import java.util.Comparator;

/**
 * Orders input names as the CLI reads them: by name, with runs of digits compared as numbers, so
 * {@code a.zip!a.json#2} comes before {@code a.zip!a.json#10} and files of a directory come in
 * name order. Used to break ties between documents of the same event time.
 */
public final class InputOrder implements Comparator<String>, java.io.Serializable {
  private static final long serialVersionUID = 1L;
  public static final InputOrder INSTANCE = new InputOrder();

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
        while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) return c;
        c = Integer.compare(i - si, j - sj);
        if (c != 0) return c;
      } else {
        if (x != y) return Character.compare(x, y);
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
