package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;

class RepostsTest {

  private static Document article(String id, String outlet, String... lines) {
    Document d = Document.of(new RawArticle(id, "in:" + id, "text", List.of(lines), Map.of()));
    return d.withMetadata("عنوان", org.mizan.doc.Published.UNKNOWN, outlet, List.of(), null, null);
  }

  @Test
  void anOutletsSecondCopyIsLeftOutAndNamesTheFirst() {
    Document a = article("a", "صحيفة الأمس", "أعلنت الوزارة أمس إطلاق المشروع.", "وقال المسؤول إن العمل يبدأ غدا.");
    // the same text with other hamza spellings and line breaks: one article
    Document b = article("b", "صحيفة الأمس", "اعلنت الوزارة امس اطلاق المشروع.  وقال المسؤول ان العمل يبدأ غدا.");
    Document other = article("c", "صحيفة الغد", "أعلنت الوزارة أمس إطلاق المشروع.", "وقال المسؤول إن العمل يبدأ غدا.");
    Document changed = article("d", "صحيفة الأمس", "أعلنت الوزارة أمس إطلاق المشروع الثاني.");
    // an unknown outlet could be any outlet: kept, as is a copy under another headline
    Document unknown = article("e", null, "أعلنت الوزارة أمس إطلاق المشروع.", "وقال المسؤول إن العمل يبدأ غدا.");
    Document unknown2 = article("f", null, "أعلنت الوزارة أمس إطلاق المشروع.", "وقال المسؤول إن العمل يبدأ غدا.");
    Document retitled = article("g", "صحيفة الأمس", "أعلنت الوزارة أمس إطلاق المشروع.", "وقال المسؤول إن العمل يبدأ غدا.")
        .withMetadata("عنوان آخر", org.mizan.doc.Published.UNKNOWN, "صحيفة الأمس", List.of(), null, null);
    Reposts.Split s = Reposts.split(List.of(a, b, other, changed, unknown, unknown2, retitled));
    assertThat(s.kept()).extracting(Document::id).containsExactly("a", "c", "d", "e", "f", "g");
    assertThat(s.reposts()).hasSize(1);
    assertThat(s.reposts().get(0).copy().id()).isEqualTo("b");
    assertThat(s.reposts().get(0).original().id()).isEqualTo("a");
  }

  @Test
  void theFingerprintHoldsTheOutlet() {
    Document a = article("a", "صحيفة الأمس", "نص الخبر.");
    assertThat(Reposts.fingerprint(a)).isEqualTo(Reposts.fingerprint(article("x", "صحيفة الأمس", "نص الخبر.")))
        .isNotEqualTo(Reposts.fingerprint(article("y", "صحيفة الغد", "نص الخبر.")))
        .isNotEqualTo(Reposts.fingerprint(article("z", null, "نص الخبر.")));
  }
}
