package org.mizan.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.meta.DateParser;
import org.mizan.pipeline.DocumentStage;

/**
 * {@code clean.header-fields}: a page header printed as labels and values on separate lines above the text
 * ({@code القسم :} / {@code سياسة}, {@code نشر بتاريخ :} / {@code 17/05/2025}, {@code توقيت عمان - القدس}).
 * A section label and its value go as navigation (the value is no headline); a stamp label alone beside a
 * stamp and a time-zone line beside one go as metadata, so the date stage finds the date and the clock
 * time side by side. Labels: {@code clean/header-labels.tsv} and the stamp labels of {@code meta/stamp-labels.tsv}.
 */
public final class HeaderFields implements DocumentStage {
  private static final Map<String, String> LABELS = load();
  private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("\\s*[-–—/،,]\\s*");

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    for (String row : Lines.resource("/org/mizan/clean/header-labels.tsv")) {
      String[] f = row.split("\t");
      m.put(Lines.key(f[1]), f[0]);
    }
    for (String row : Lines.resource("/org/mizan/meta/stamp-labels.tsv")) m.putIfAbsent(Lines.key(row.split("\t")[1]), "date");
    return Map.copyOf(m);
  }

  private static final Set<String> ZONES = LABELS.entrySet().stream().filter(e -> e.getValue().equals("zone"))
      .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());

  @Override
  public String name() {
    return "clean.header-fields";
  }

  @Override
  public Document apply(Document d) {
    List<Paragraph> ps = d.paragraphs();
    int first = Lines.firstBody(ps);
    Map<Integer, String> reasons = new HashMap<>();
    for (int i = 0; i < first; i++) {
      String line = ps.get(i).text();
      if (Lines.words(line, 7) > 6) continue;
      String kind = LABELS.get(Lines.key(line));
      if ("section".equals(kind) && line.strip().matches(".*[:：]$")) {
        reasons.put(i, "navigation");
        if (i + 1 < first && isValue(ps.get(i + 1).text())) reasons.put(i + 1, "navigation");
      } else if ("date".equals(kind) && besideStamp(ps, i, first)) {
        reasons.put(i, "metadata");
      } else if (kind == null && isZoneLine(line) && besideStamp(ps, i, first)) {
        reasons.put(i, "metadata");
      }
    }
    return Removals.apply(d, reasons);
  }

  /** A field's value: a short line that is no sentence and no stamp. */
  private static boolean isValue(String line) {
    return !line.isBlank() && Lines.words(line, 7) <= 6 && !Lines.isBody(line) && !DateParser.isStamp(line);
  }

  private static boolean besideStamp(List<Paragraph> ps, int i, int first) {
    return (i + 1 < first && DateParser.isStamp(ps.get(i + 1).text())) || (i > 0 && DateParser.isStamp(ps.get(i - 1).text()));
  }

  /** {@code توقيت عمان - القدس}: a time-zone label, then only places. */
  static boolean isZoneLine(String line) {
    String key = Lines.key(line);
    for (String zone : ZONES) {
      if (!key.startsWith(zone + " ")) continue;
      String rest = line.strip();
      rest = rest.substring(Math.min(rest.length(), rest.indexOf(' ', zone.length() - 1) + 1)).strip();
      if (rest.isEmpty()) return false;
      for (String part : DASHES.split(rest)) if (!part.isBlank() && !HeaderNames.isPlace(part.strip())) return false;
      return true;
    }
    return false;
  }
}
