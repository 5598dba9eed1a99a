package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;

/**
 * Reports of one event worded apart by different outlets (invented pages): the line a page's reader
 * took for its headline (a section label, a breadcrumb), figures printed with a decimal comma, and
 * shared decimal figures where the words alone keep the reports apart.
 */
class StoryReworded27Test {

  private static Document page(String id, String outlet, String when, String headline, String... paras) {
    RawArticle raw = new RawArticle(id, id, "text", List.of(paras), Map.of());
    Published p = when == null ? Published.UNKNOWN : new Published(when, "test", 1, false);
    return Document.of(raw).withMetadata(headline, p, outlet, List.of(), null, null);
  }

  @Test
  void aSectionLabelOrCreditIsNoHeadlineAndABreadcrumbEndsInIt() {
    Document label = page("a", "x", null, "محليات", "افتتح محافظ المدينة صباح اليوم جسرا جديدا فوق النهر. وحضر الافتتاح عدد من المسؤولين.");
    assertThat(StoryFeatures.headline(label)).isEqualTo("افتتح محافظ المدينة صباح اليوم جسرا جديدا فوق النهر.");
    Document credit = page("b", "x", null, "Photo : Reuters", "سقطت أمطار غزيرة على المدينة طوال الليل.");
    assertThat(StoryFeatures.headline(credit)).isEqualTo("سقطت أمطار غزيرة على المدينة طوال الليل.");
    Document crumbs = page("c", "x", null, "الرئيسية » محليات » المحافظ يفتتح جسر النهر الجديد", "افتتح المحافظ الجسر.");
    assertThat(StoryFeatures.headline(crumbs)).isEqualTo("المحافظ يفتتح جسر النهر الجديد");
    Document real = page("d", "x", null, "المحافظ يفتتح جسر النهر", "افتتح المحافظ الجسر.");
    assertThat(StoryFeatures.headline(real)).isEqualTo("المحافظ يفتتح جسر النهر");
  }

  @Test
  void aCommaBeforeOneOrTwoFinalDigitsIsADecimalComma() {
    assertThat(StoryFeatures.number("6,3")).isEqualTo("6.3");
    assertThat(StoryFeatures.number("2,75")).isEqualTo("2.75");
    assertThat(StoryFeatures.number("3,000")).isEqualTo("3000");
    assertThat(StoryFeatures.number("1,250,000")).isEqualTo("1250000");
    assertThat(StoryFeatures.number("6.3")).isEqualTo("6.3");
  }

  @Test
  void twoSharedDecimalsOfOneDayCount() {
    assertThat(SharedFigures.decimals(java.util.Set.of("6.3", "12.5", "40|قتيلا"), java.util.Set.of("6.3", "12.5", "17|مصابا")))
        .isEqualTo(2);
    assertThat(SharedFigures.decimals(java.util.Set.of("6.3", "250"), java.util.Set.of("6.3", "250"))).isEqualTo(1);
    // a half and a fifth of a percent recur in any two market reports
    assertThat(SharedFigures.decimals(java.util.Set.of("0.5", "0.2"), java.util.Set.of("0.5", "0.2"))).isEqualTo(0);
    // a round-up of many levels sharing two of them with the last session's: no evidence
    assertThat(SharedFigures.decimals(java.util.Set.of("7012.5", "1.2", "3.4", "0.8", "5.6", "2.1"),
        java.util.Set.of("7012.5", "1.2", "9.9"))).isEqualTo(0);
  }

  /** A quake reported by two outlets in other words, sharing only its magnitude and depth. */
  static List<Document> quake() {
    return List.of(
        page("q1", "okaz", "2024-03-05T08:00", "هزة أرضية تضرب ولاية الساحل الشرقي فجرا",
            "ضربت هزة أرضية بقوة 6.3 درجة على مقياس ريختر فجر اليوم ولاية الساحل الشرقي على عمق 12.5 كيلومتر،"
                + " وقال الدفاع المدني إن فرقه تبحث عن عالقين تحت أنقاض بيوت قديمة في القرى الجبلية.",
            "وطلبت السلطات من السكان الابتعاد عن المباني المتصدعة."),
        page("q2", "riyadh", "2024-03-05T09:30", "سكان القرى الجبلية يبيتون في العراء",
            "أمضى مئات من سكان القرى الجبلية ليلتهم في الحقول بعد أن اهتزت بيوتهم بعنف قبيل الفجر، إذ بلغت"
                + " شدة الزلزال 6.3 درجة وكان مركزه على عمق 12.5 كيلومتر وفق المرصد الوطني.",
            "وأوضح المرصد أن هزات ارتدادية خفيفة تلت الزلزال."));
  }

  @Test
  void twoReportsSharingTheirDecimalsJoinWhereTheWordsKeptThemApart() {
    Map<String, String> on = new StoryClusterer(StoryState.inMemory()).addAll(quake());
    assertThat(on.get("q2")).as(on.toString()).isEqualTo(on.get("q1"));
    Map<String, String> off = new StoryClusterer(StoryState.inMemory(), StoryClusterer.Params.DEFAULT, JoinModel.standard(),
        StoryOptions.ALL.without(List.of("sharedfigures"))).addAll(quake());
    assertThat(off.get("q2")).as(off.toString()).isNotEqualTo(off.get("q1"));
  }
}
