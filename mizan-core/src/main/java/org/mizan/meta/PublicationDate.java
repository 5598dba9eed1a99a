package org.mizan.meta;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.clean.Lines;
import org.mizan.clean.Removals;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.doc.Removed;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Weekdays;

/**
 * {@code meta.published}: the publication date and time, with the evidence and a confidence. Only
 * stamps count: the container's metadata, stamp lines around the article (before its first or
 * after its last paragraph, or under the standfirst: a date, a clock time, a labelled stamp such as
 * {@code تاريخ النشر}; of several, the one nearest above the text, since a page's header may print the
 * day's date), a stamp or an agency's dateline opening the first paragraph, then a date in the URL. Dates in running text or captions
 * are about events, never the publication date: without a stamp the date is unknown, unless the
 * container says when a crawler retrieved the article ({@code date_extracted}): that time stands in,
 * marked inferred with a low confidence, since most news is crawled the day it appears. With a
 * reference time (from {@code --reference-date}), a relative stamp ({@code منذ ساعتين}) is resolved
 * against it, and an article with no stamp at all gets the reference date, both marked inferred.
 * Stamp lines are removed from the body as {@code metadata}.
 */
public final class PublicationDate implements DocumentStage {
  private static final List<String[]> LABELS = Lines.resource("/org/mizan/meta/stamp-labels.tsv").stream()
      .map(r -> r.split("\t")).map(f -> new String[] {f[0], Lines.key(f[1])}).toList();

  private final LocalDateTime reference;

  public PublicationDate() {
    this(null);
  }

  /** @param reference the time relative stamps refer to; null when none was given */
  public PublicationDate(LocalDateTime reference) {
    this.reference = reference;
  }

  @Override
  public String name() {
    return "meta.published";
  }

  /** The date of the page's masthead issue line ({@link org.mizan.clean.Masthead#issueDate}), or null. */
  private static Published issueDate(Document d) {
    for (org.mizan.doc.Removed r : d.removed()) {
      if (!r.reason().equals("issue")) continue;
      Optional<DateParser.Found> f = org.mizan.clean.Masthead.issueDate(r.text());
      if (f.isPresent()) return new Published(iso(f.get().date(), f.get().time()), r.text(), 0.8, false);
    }
    return null;
  }

  @Override
  public Document apply(Document d) {
    List<Paragraph> ps = d.paragraphs();
    int first = Lines.firstBody(ps);
    int last = Lines.lastBody(ps);
    Map<Integer, String> reasons = new HashMap<>();
    List<Stamp> stamps = new ArrayList<>();
    Published updated = null;
    Duration ago = null;
    String agoEvidence = null;
    for (int i = 0; i < ps.size(); i++) {
      boolean around = first < 0 || i < first || i > last;
      String line = ps.get(i).text();
      if (ps.get(i).kind() == Paragraph.Kind.SUBHEADING || !DateParser.isStamp(line)) continue;
      Optional<DateParser.Found> f = DateParser.find(line);
      // a dated stamp line may also sit under a standfirst, among the opening paragraphs
      if (!around && (i > first + OPENING || f.isEmpty())) continue;
      reasons.put(i, "metadata");
      if (f.isEmpty()) {
        if (ago == null && DateParser.relative(line).isPresent()) {
          ago = DateParser.relative(line).get();
          agoEvidence = line;
        }
        continue;
      }
      LocalTime time = f.get().time();
      String evidence = line;
      if (time == null) { // a clock time on its own line next to the date
        for (int j : new int[] {i + 1, i - 1}) {
          if (j < 0 || j >= ps.size()) continue;
          String other = ps.get(j).text();
          if (DateParser.isStamp(other) && DateParser.find(other).isEmpty() && DateParser.time(other).isPresent()) {
            time = DateParser.time(other).get();
            evidence = j > i ? line + " " + other : other + " " + line;
            reasons.put(j, "metadata");
            break;
          }
        }
      }
      Published p = new Published(iso(f.get().date(), time), evidence, 0.9, false);
      if (isUpdateStamp(line)) {
        if (updated == null) updated = new Published(p.value(), p.evidence(), 0.7, false);
      } else {
        stamps.add(new Stamp(i, p));
      }
    }
    List<Removed> writers = new ArrayList<>();
    for (int i = 0; i < (first < 0 ? 0 : first); i++) {
      if (reasons.containsKey(i)) continue;
      Published p = segmentStamp(ps.get(i).text());
      if (p == null) continue;
      stamps.add(new Stamp(i, p));
      String writer = writerBesideStamp(ps.get(i).text());
      if (writer != null) { // "الأحد 12-10-2025 14:05 | كتب: فلان": the stamp here, the writer for meta.attribution
        reasons.put(i, "metadata");
        writers.add(new Removed(writer, "byline"));
      }
    }
    Published best = nearestToText(stamps, first);
    if (best == null) best = issueDate(d); // a print paper's masthead line with its issue date
    Document out = Removals.apply(d, reasons);
    if (!writers.isEmpty()) {
      List<Removed> removed = new ArrayList<>(out.removed());
      removed.addAll(writers);
      out = out.withBody(out.paragraphs(), removed);
    }
    Opening opening = openingStamp(out);
    if (opening != null) out = opening.doc();
    Published chosen = fromMeta(d.raw());
    if (chosen == null) chosen = best;
    if (chosen == null && opening != null) chosen = opening.published();
    if (chosen == null) chosen = inlineStamp(out);
    if (chosen == null) chosen = updated;
    if (chosen == null) {
      chosen = DateParser.fromUrl(d.url()).map(u -> new Published(u.toString(), d.url(), 0.6, false)).orElse(null);
    }
    if (chosen == null) chosen = retrieved(d.raw());
    if (chosen == null && reference != null) {
      chosen = ago != null
          ? new Published(reference.minus(ago).withSecond(0).withNano(0).toString(), agoEvidence + " (before "
              + reference + ")", 0.7, true)
          : new Published(reference.toLocalDate().toString(), "reference date " + reference.toLocalDate()
              + " (the article states none)", 0.2, true);
    }
    if (chosen == null || chosen.inferred()) chosen = withStatedWeekday(chosen, out);
    return chosen == null ? out : out.withMetadata(out.headline(), chosen, out.outlet(), out.creditedSources(),
        out.dateline(), out.byline());
  }

  /**
   * An undated (or inferred-date) article that says which weekday it appeared on keeps that weekday,
   * and takes the date it prints with it ({@code اليوم السبت 10 مايو 2025});
   * an inferred date (crawl or reference time) moves back to the last such weekday, since an article
   * is read or crawled on the day it appears or later.
   */
  private static Published withStatedWeekday(Published p, Document d) {
    Optional<StatedWeekday.Found> f = StatedWeekday.in(d.paragraphs());
    if (f.isEmpty()) return p;
    String day = Weekdays.name(f.get().day());
    if (f.get().date() != null) { // "اليوم السبت 10 مايو 2025": the article's own date, over a crawl time
      return new Published(f.get().date().toString(), f.get().evidence(), 0.7, false, day);
    }
    if (p == null) return new Published(null, f.get().evidence(), 0.0, false, day);
    LocalDate at = LocalDate.parse(p.value().substring(0, 10));
    LocalDate on = at.with(TemporalAdjusters.previousOrSame(f.get().day()));
    if (on.equals(at)) return p.withWeekday(day);
    return new Published(on.toString(), p.evidence() + "; «" + f.get().evidence() + "» in the text", p.confidence(),
        true, day);
  }

  /** Stamp lines below the first paragraph of running text that may still be the article's stamp. */
  private static final int OPENING = 2;

  private record Stamp(int at, Published published) {}

  /**
   * The article's own stamp among several: the one nearest above its text (a page's header often
   * carries the day's date above the headline, and the article's stamp sits right above the text),
   * else the first below the opening paragraphs. Without running text, the first.
   */
  private static Published nearestToText(List<Stamp> stamps, int first) {
    if (stamps.isEmpty()) return null;
    if (first < 0) return stamps.stream().min(java.util.Comparator.comparingInt(Stamp::at)).get().published();
    Stamp above = null;
    Stamp below = null;
    for (Stamp s : stamps) {
      // a long stamp line (both labels on one line) may itself count as the first line of text
      if (s.at() <= first && (above == null || s.at() > above.at())) above = s;
      if (s.at() > first && (below == null || s.at() < below.at())) below = s;
    }
    return above != null ? above.published() : below == null ? null : below.published();
  }

  /**
   * A stamp in a header line of bar- or dash-separated parts ({@code المكان - الكاتب - نشر في …},
   * {@code الأحد 12-10-2025 14:05 | كتب: فلان}); the line is left to attribution. A part counts when it
   * is labelled as a publication stamp, or gives a date with a clock time or a weekday. Bars split
   * first, since a dash also separates a date from its time.
   */
  private static Published segmentStamp(String line) {
    for (String separators : new String[] {"\\s*[|｜]\\s*", "\\s+[-–—|]\\s+"}) {
      String[] segs = line.split(separators);
      if (segs.length < 2) continue;
      for (String seg : segs) {
        Optional<DateParser.Found> f = DateParser.datedStamp(seg);
        if (f.isEmpty()) continue;
        boolean datelined = segs.length == 2 && org.mizan.clean.HeaderNames.isPlace(segs[0]) && seg == segs[1];
        if (DateParser.isLabelledStamp(seg) || f.get().time() != null || DateParser.hasWeekday(seg) || datelined) {
          return new Published(iso(f.get().date(), f.get().time()), seg.strip(), 0.85, false);
        }
      }
    }
    return null;
  }

  /** The writer's part of a bar-separated line that is otherwise one stamp ({@code الأحد 12-10-2025 14:05 | كتب: فلان |}). */
  private static String writerBesideStamp(String line) {
    int stampParts = 0;
    List<String> writers = new ArrayList<>();
    for (String seg : line.split("\\s*[|｜]\\s*")) {
      if (seg.isBlank()) continue;
      if (DateParser.datedStamp(seg).isPresent()) stampParts++;
      else if (org.mizan.clean.PageFurniture.isByline(seg) || org.mizan.clean.HeaderNames.isPersonName(seg)) writers.add(seg.strip());
      else return null;
    }
    return stampParts == 1 && !writers.isEmpty() ? String.join(" | ", writers) : null;
  }

  private record Opening(Document doc, Published published) {}

  private static Published fromMeta(RawArticle raw) {
    if (raw == null) return null;
    for (String key : new String[] {RawArticle.PUBLISHED, RawArticle.MODIFIED}) {
      String v = raw.meta(key);
      if (v == null || v.isBlank()) continue;
      Optional<DateParser.Found> f = DateParser.find(v);
      if (f.isPresent()) {
        return new Published(iso(f.get().date(), f.get().time()), key + ": " + v.strip(),
            key.equals(RawArticle.PUBLISHED) ? 0.95 : 0.7, false);
      }
    }
    return null;
  }

  /** The crawler's retrieval time, when the container gives one. */
  private static Published retrieved(RawArticle raw) {
    String v = raw == null ? null : raw.meta(RawArticle.RETRIEVED);
    if (v == null || v.isBlank()) return null;
    return DateParser.find(v).map(f -> new Published(iso(f.date(), f.time()),
        "retrieved " + v.strip() + " (no publication date stated; the retrieval time stands in)", 0.4, true))
        .orElse(null);
  }

  /**
   * A stamp opening the first paragraph ({@code date 2025-12-03 الرياض - …}): read and cut off; or the
   * date in an agency's dateline ({@link AgencyDateline}), read and left to meta.attribution.
   */
  private static Opening openingStamp(Document d) {
    int at = 0;
    while (at < d.paragraphs().size() && !Lines.isBody(d.paragraphs().get(at).text())) at++;
    if (at >= d.paragraphs().size()) return null;
    String text = d.paragraphs().get(at).text();
    Optional<AgencyDateline.Opening> wire = AgencyDateline.read(text);
    if (wire.isPresent() && wire.get().date().isPresent()) { // the agency's dateline, cut by meta.attribution
      DateParser.Found f = wire.get().date().get();
      return new Opening(d, new Published(iso(f.date(), f.time()), text.substring(0, wire.get().end()).strip(), 0.8, false));
    }
    Opening above = at > 0 ? cutStamp(d, at - 1, PublicationDate::isDatelineRest) : null;
    return above != null ? above : cutStamp(d, at, rest -> true);
  }

  /**
   * What is left of a stamp line above the text once its date is cut ({@code date 2025-11-22 رام الله- (د ب أ)}):
   * the dateline alone, a source line or a place and an agency, left for meta.attribution.
   */
  private static boolean isDatelineRest(String rest) {
    String r = rest.strip();
    return !r.isEmpty() && (DatelineReader.isSourceLine(r)
        || AgencyDateline.read(r).filter(w -> w.end() >= r.length()).isPresent());
  }

  /** The bare stamp opening paragraph {@code at}, cut off when what follows it passes {@code restOk}. */
  private static Opening cutStamp(Document d, int at, java.util.function.Predicate<String> restOk) {
    String text = d.paragraphs().get(at).text();
    if (DateParser.find(text.length() > 80 ? text.substring(0, 80) : text).isEmpty()) return null;
    var toks = Lines.tokens(text);
    int cut = -1;
    for (int n = 1; n <= Math.min(8, toks.size() - 1); n++) {
      String prefix = text.substring(0, toks.get(n - 1).end());
      if (DateParser.find(prefix).isPresent() && DateParser.isBareStamp(prefix)) cut = toks.get(n - 1).end();
    }
    if (cut < 0 || !restOk.test(text.substring(cut))) return null;
    String stamp = text.substring(0, cut).strip();
    DateParser.Found f = DateParser.find(stamp).orElseThrow();
    List<Paragraph> ps = new java.util.ArrayList<>(d.paragraphs());
    ps.set(at, new Paragraph(text.substring(cut).strip(), ps.get(at).kind()));
    List<Removed> removed = new java.util.ArrayList<>(d.removed());
    removed.add(new Removed(stamp, "metadata"));
    return new Opening(d.withBody(ps, removed), new Published(iso(f.date(), f.time()), stamp, 0.8, false));
  }

  /** A bar then a clock time ({@code | 11:50 ص}): the time half of a byline stamp. */
  private static final java.util.regex.Pattern BAR_TIME = java.util.regex.Pattern.compile("[|｜]\\s*\\d{1,2}:\\d{2}(?!\\d)");

  /** How far into the first paragraph a flattened header's stamp may sit (site name, headline, byline before it). */
  static final int INLINE_STAMP_CHARS = 300;

  /**
   * The stamp of a page flattened into one line, header and text together ({@code … بواسطة فلان 26 مايو 2021 |
   * 11:50 ص كتب فلان …}): within the first {@value #INLINE_STAMP_CHARS} characters of the first paragraph, a full
   * date joined by a bar to a clock time right after it. Running text dates events but never writes them so.
   */
  static Published inlineStamp(Document d) {
    if (d.paragraphs().isEmpty()) return null;
    String text = d.paragraphs().get(0).text();
    String head = text.length() > INLINE_STAMP_CHARS ? text.substring(0, INLINE_STAMP_CHARS) : text;
    java.util.regex.Matcher m = BAR_TIME.matcher(head);
    while (m.find()) {
      String date = head.substring(Math.max(0, m.start() - 24), m.start()).strip();
      Optional<DateParser.Found> f = DateParser.find(date);
      // the date must end at the bar: "… 2021 | 11:50", not a date further back in the sentence
      if (f.isEmpty() || !date.matches(".*\\d{4}$")) continue;
      Optional<LocalTime> time = DateParser.time(head.substring(m.start() + 1, Math.min(head.length(), m.end() + 4)));
      return new Published(iso(f.get().date(), time.orElse(null)), (date + " " + head.substring(m.start(), m.end())).strip(),
          0.8, false);
    }
    return null;
  }

  private static boolean isUpdateStamp(String line) {
    String key = Lines.key(line);
    for (String[] l : LABELS) if (key.startsWith(l[1])) return l[0].equals("updated");
    return false;
  }

  static String iso(LocalDate date, LocalTime time) {
    return time == null ? date.toString() : LocalDateTime.of(date, time).toString();
  }
}
