package org.mizan.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Stage {@code dates.extract}: dates in the text, resolved against the publication date when they
 * are relative. Full dates ({@code 24 فبراير/شباط 2022}, {@code 2025-12-03}, {@code 3/12/2025}, {@code 3-12-2025},
 * numeric Hijri {@code 9 / 10 / 1436هـ}, {@code 1-10-1436هـ}); dates with a month name, Gregorian or Hijri, read by
 * {@link MonthDates}; weekdays ({@code أمس الجمعة}, {@code صباح اليوم (الاثنين)}, {@code غدا
 * الخميس}: the latest such day not after publication, the next one with {@code المقبل} or
 * {@code غدا}, or the full date that follows it); {@code أمس}/{@code الأول من أمس}/{@code غدا}/{@code
 * الليلة الماضية}; {@code الأسبوع/الشهر/العام الماضي|المقبل|الجاري} and {@code هذا العام} (values
 * {@code 2025-W48}, {@code 2025-11}, {@code 2024}); {@code قبل أسبوعين}, {@code منذ ثلاثة أسابيع}.
 * Without a publication date relative mentions are kept with {@code resolved=false} and no value.
 * Readers: {@link NumericDates}, {@link MonthDates}, {@link WeekdayDates}, {@link RelativeDates}; then the
 * resolution in context by {@link YearsInContext}, {@link PeriodParts} and {@link DaysInContext}.
 */
public final class DateExtractor implements DocumentStage {
  static final Set<String> NEXT = Set.of("المقبل", "القادم", "المقبله", "القادمه");
  static final Set<String> LAST = Set.of("الماضي", "الماضيه", "المنصرم", "الفائت", "الفايت", "الفايته", "السابق", "الماضيين",
      "الماضيتين", "المنصرمين");
  static final Set<String> THIS = Set.of("الجاري", "الحالي", "الجاريه", "الحاليه");
  static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "لعام", "وعام", "بعام");

  @Override
  public String name() {
    return "dates.extract";
  }

  @Override
  public Document apply(Document doc) {
    return doc.withDates(extract(doc.body(), anchor(doc.published() == null ? null : doc.published().value())));
  }

  /** The publication day from an ISO date or date-time, or null. */
  public static LocalDate anchor(String published) {
    if (published == null || published.length() < 10) return null;
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Dates of a body text; {@code published} may be null. */
  public List<TextDate> extract(String body, LocalDate published) {
    List<TextDate> out = new ArrayList<>();
    List<int[]> taken = NumericDates.read(body, out); // 2025-12-03، 3/12/2025، 1-10-1436هـ
    List<Token> toks = Tokenizer.tokenize(body);
    for (int i = 0; i < toks.size(); i++) {
      if (NumericDates.inside(taken, toks.get(i).start())) continue;
      int next = MonthDates.read(body, toks, i, published, out);
      if (next == i) next = WeekdayDates.weekday(body, toks, i, published, out);
      if (next == i) next = RelativeDates.relative(body, toks, i, published, out);
      if (next > i) i = next - 1;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    PeriodParts.dayRangeStarts(body, toks, out);
    // resolution in context, in this order: each step reads the values the one before left
    List<TextDate> dates = DaysInContext.datedWeekdays(body, out);
    dates = YearsInContext.inheritedYears(body, dates, published);
    dates = YearsInContext.yearPartsInContext(body, dates);
    dates = PeriodParts.previousYears(body, dates);
    dates = PeriodParts.previousMonths(body, dates);
    dates = YearsInContext.rangeEnds(body, dates);
    dates = DaysInContext.eventWeekdays(body, dates);
    dates = DaysInContext.nightSpans(body, dates);
    dates = DaysInContext.statedToday(body, dates, published);
    dates = DatelineDates.dropped(body, dates, published);
    dates = StampDates.dropped(body, dates);
    dates = ThisMonth.anaphoric(body, dates, published);
    return LastNight.ofYesterdaysStory(dates, published);
  }

  /** The ISO day of a year, month and day, or null when there is no such day. */
  static String valid(int y, int mo, int d) {
    try {
      return LocalDate.of(y, mo, d).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Adds the date spanning tokens s to e (exclusive), resolved when it has a value. */
  static void add(List<TextDate> out, String body, List<Token> toks, int s, int e, String value) {
    int st = toks.get(s).start();
    int en = toks.get(e - 1).end();
    out.add(new TextDate(body.substring(st, en), value, value != null, st, en));
  }

  /** The ISO week of a day: {@code 2025-W48}. */
  static String isoWeek(LocalDate d) {
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
