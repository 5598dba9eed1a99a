package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Calls to action, comment forms and photo captions with a credit or a dated credit (invented lines). */
class NoticeAndCaptionLinesTest {
  private static final String HEADLINE = "الحكومة تعلن خطة لتحسين الخدمات الصحية في الأرياف";

  @Test
  void aShortLineClosingWithACallToActionIsANotice() {
    Document d = run(List.of(HEADLINE, P1, P2, "لمتابعة آخر أخبارنا عبر تطبيق تيليغرام اضغط هنا"));
    assertThat(reason(d, "لمتابعة آخر أخبارنا عبر تطبيق تيليغرام اضغط هنا")).isEqualTo("follow");
    // running text that happens to end so stays
    String sentence = "وقال المتحدث إن على المواطنين الذين يرغبون في التسجيل بالبرنامج الجديد زيارة المنصة الإلكترونية والدخول إلى صفحة الخدمات ثم اختيار الطلب المناسب والضغط على الرابط ثم انقر هنا.";
    assertThat(reason(run(List.of(HEADLINE, P1, sentence, P2)), sentence)).isNull();
  }

  @Test
  void aLinkLabelQualifiedByItsSiteBeforeTheColonIsNavigation() {
    String link = "رابط الخبر بموقع الصحيفة: الحكومة تعلن خطة لتحسين الخدمات الصحية في الأرياف والمدن الصغيرة";
    assertThat(reason(run(List.of(HEADLINE, P1, P2, link)), link)).isEqualTo("navigation");
    // a sentence that merely opens with the words is kept
    String sentence = "رابط الخبر الذي نشرته الصحيفة أمس انتشر على نطاق واسع بين المستخدمين في مواقع التواصل الاجتماعي خلال ساعات.";
    assertThat(reason(run(List.of(HEADLINE, P1, sentence, P2)), sentence)).isNull();
  }

  @Test
  void theCommentFormNoticeGoes() {
    String notice = "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *";
    Document d = run(List.of(HEADLINE, P1, P2, "اترك تعليقا", notice));
    assertThat(reason(d, notice)).isNotNull();
  }

  @Test
  void aCaptionWhoseLastPartOpensWithAPhotoCredit() {
    String caption = "وزير الصحة خلال زيارته المستشفى - صورة أرشيفية تصوير : سامي يوسف";
    Document d = run(List.of(HEADLINE, caption, P1, P2));
    assertThat(reason(d, caption)).isEqualTo("caption");
  }

  @Test
  void aCaptionWithThePhotosDateAndABracketedCredit() {
    String caption = "مزارعون في حقل قمح قرب حماة - 14 أيار 2025 (الموقع/ سامر علي)";
    Document d = run(List.of(HEADLINE, caption, P1, P2));
    assertThat(reason(d, caption)).isEqualTo("caption");
  }
}
