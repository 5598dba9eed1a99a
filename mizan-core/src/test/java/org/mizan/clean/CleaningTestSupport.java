package org.mizan.clean;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipelines;

/** Runs the standard pipeline on a small page given as lines. */
final class CleaningTestSupport {
  private CleaningTestSupport() {}

  static Document run(List<String> lines) {
    return run(lines, Map.of(), null);
  }

  static Document run(List<String> lines, Map<String, String> meta, LocalDateTime reference) {
    RawArticle raw = new RawArticle("t", "test.txt", "text", lines, meta);
    return Pipelines.standard(reference, null).analyse(raw, p -> {
      throw new AssertionError(p.toString());
    });
  }

  /** Reason the line went, or null when it is still in the body. */
  static String reason(Document d, String line) {
    return d.removed().stream().filter(r -> r.text().strip().equals(line.strip())).map(r -> r.reason()).findFirst()
        .orElse(null);
  }

  /** Two plausible body paragraphs (long sentences) to surround the lines under test. */
  static final String P1 = "أعلنت وزارة الصحة في بيان صدر مساء اليوم أن عدد الإصابات الجديدة تراجع خلال الأسبوع الماضي بنسبة كبيرة مقارنة بالأسابيع السابقة.";
  static final String P2 = "وقال المتحدث باسم الوزارة إن الفرق الطبية ستواصل عملها في المحافظات كافة حتى نهاية الشهر المقبل، داعيا المواطنين إلى الالتزام بالإرشادات.";
  static final String P3 = "وأضاف أن الوزارة خصصت ميزانية إضافية لدعم المستشفيات الحكومية وتوفير الأدوية اللازمة للمرضى في المناطق النائية خلال الفترة المقبلة.";
}
