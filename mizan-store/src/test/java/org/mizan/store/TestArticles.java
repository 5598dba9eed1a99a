package org.mizan.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.testing.Fixtures;

/** Articles for store tests: the analysed seeds, and generated articles on distinct topics. */
public final class TestArticles {
  private TestArticles() {}

  private static final String[] WORDS = {"المجلس", "الوزراء", "الاقتصاد", "المدرسة", "الطلاب", "المستشفى",
      "الأطباء", "المطر", "الطقس", "الرياح", "الفريق", "المباراة", "الهدف", "الملعب", "النفط", "الأسعار",
      "السوق", "الشركة", "المصنع", "العمال", "الجامعة", "البحث", "المعرض", "الكتاب", "الطريق", "الجسر",
      "المطار", "الرحلة", "الزراعة", "المحصول", "المياه", "السد", "الكهرباء", "الشبكة", "الإسكان", "المشروع"};

  /** The seed articles through the standard pipeline. */
  public static List<Document> seeds() {
    Pipeline p = Pipelines.standard();
    List<Document> out = new ArrayList<>();
    List<String> inputs = Fixtures.seedFiles().stream().map(Object::toString).toList();
    new Ingestor().read(inputs, raw -> out.add(p.analyse(raw, problem -> {})), problem -> {});
    return out;
  }

  /** A generated article: deterministic in {@code n}; articles with different {@code n} differ in topic. */
  public static Document generated(String id, long n) {
    Random r = new Random(n);
    List<String> lines = new ArrayList<>();
    for (int para = 0; para < 4; para++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 25; w++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      sb.append("رقم ").append(n).append('.');
      lines.add(sb.toString());
    }
    return Document.of(new RawArticle(id, "generated:" + n, "text", lines, Map.of(RawArticle.URL, "https://example.org/a/" + n)));
  }

  /** A document with its own lines (for hostile-content tests). */
  public static Document of(String id, String url, List<String> lines) {
    Map<String, String> meta = url == null ? Map.of() : Map.of(RawArticle.URL, url);
    return Document.of(new RawArticle(id, "test:" + id, "text", lines, meta));
  }
}
