package org.mizan.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.meta.Agencies;
import org.mizan.pipeline.DocumentStage;

/**
 * {@code clean.boilerplate}: removes lines that are page furniture, each with its reason: phrases
 * of the boilerplate list (share, follow, app, video-notice, read-also, tags, advertisement,
 * navigation, credit), and, after the last paragraph of running text, credit lines made of
 * dash-separated source names ({@code الموقع-وكالات-الصحيفة}) and site-name lines
 * ({@code sitename اسم الموقع}, {@code www.example.com}), and contact lines (an e-mail address or
 * a social handle, {@code Twitter @name}); a feed's footer ({@code The post … first appeared on …}) anywhere.
 */
public final class BoilerplateRemover implements DocumentStage {
  private static final Pattern SEGMENTS = Pattern.compile("\\s*[-–—|]\\s*");
  private static final Pattern CONTACT = Pattern.compile(
      "(?i)(?:[\\p{L}\\s]{0,20}:?\\s*)?(?:@\\w+|[\\w.+-]+@[\\w-]+\\.[\\w.]+)");
  private static final Pattern LATIN_NAME = Pattern.compile("(?i)(?:www\\.)?[a-z][a-z0-9-]{3,}(?:\\.[a-z]{2,})*");

  @Override
  public String name() {
    return "clean.boilerplate";
  }

  @Override
  public Document apply(Document d) {
    List<Paragraph> ps = d.paragraphs();
    int lastBody = Lines.lastBody(ps);
    Map<Integer, String> reasons = new HashMap<>();
    for (int i = 0; i < ps.size(); i++) {
      String line = ps.get(i).text();
      String r = org.mizan.meta.FeedFooter.isFooter(line) ? "feed-credit" : Phrases.reason(line).orElse(null);
      if (r == null && i > lastBody && lastBody >= 0) {
        if (CONTACT.matcher(line.strip()).matches()) r = "contact";
        else if (isCreditLine(line) || isSiteNameLine(line)) r = "credit";
      }
      if (r != null) reasons.put(i, r);
    }
    return Removals.apply(d, reasons);
  }

  /** A short line of two or more dash-separated names, at least one of them a news agency. */
  public static boolean isCreditLine(String line) {
    if (Lines.words(line, 11) > 10 || Lines.isBody(line)) return false;
    String[] parts = SEGMENTS.split(line.strip());
    if (parts.length < 2) return false;
    boolean agency = false;
    for (String part : parts) {
      if (Lines.words(part.replaceAll("[0-9٠-٩]", "")) > 3) return false; // names, not phrases
      agency |= Agencies.isAgency(part);
    }
    return agency;
  }

  /** A short line naming the site: a Latin site name or domain, alone or beside an Arabic name. */
  public static boolean isSiteNameLine(String line) {
    String s = line.strip();
    if (Lines.words(s) > 6 || Lines.isBody(s) || s.matches(".*[0-9٠-٩].*")) return false;
    for (String w : s.split("\\s+")) {
      if (LATIN_NAME.matcher(w).matches() && (w.contains(".") || w.length() >= 6)) return true;
    }
    return false;
  }
}
