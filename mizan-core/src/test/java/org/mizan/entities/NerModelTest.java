package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.testing.Fixtures;

/** The shipped tagger: its score on ANERcorp test, its offsets on text, its file format. */
class NerModelTest {

  @Test
  void conllevalSemantics() {
    NerScore s = new NerScore();
    // gold: PER(0-2) LOC(3); predicted: PER(0-1) wrong span, LOC(3) right, ORG(4) spurious
    s.add(List.of("B-PER", "I-PER", "O", "B-LOC", "O"), List.of("B-PER", "O", "O", "B-LOC", "I-ORG"));
    assertThat(NerScore.chunks(List.of("I-PER", "I-PER", "B-PER", "I-LOC")))
        .containsExactly(new NerScore.Chunk(0, 2, "PER"), new NerScore.Chunk(2, 3, "PER"), new NerScore.Chunk(3, 4, "LOC"));
    assertThat(s.precision(null)).isEqualTo(100.0 / 3);
    assertThat(s.recall(null)).isEqualTo(50.0);
    assertThat(s.f1("LOC")).isEqualTo(100.0);
    assertThat(s.f1("PER")).isEqualTo(0.0);
  }

  @Test
  void shippedModelScoresOnAnercorpTest() throws Exception {
    Path ner = Fixtures.requireSharedData("ner");
    NerModel m = NerModel.shipped();
    NerScore s = NerScore.of(m, ConllCorpus.read(ner.resolve("anercorp/test.txt"), ConllCorpus::anercorpType));
    assertThat(s.f1(null)).isGreaterThan(72.5); // measured 73.56 (docs/evaluation.md)
    assertThat(s.f1("LOC")).isGreaterThan(80.0);
  }

  @Test
  void mentionsCarryBodyOffsets() {
    String text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة صباح الأحد، والتقى ممثلين عن جامعة الدول العربية.";
    List<Mention> ms = new NerStage().mentions(text);
    assertThat(ms).extracting(Mention::text).contains("إيمانويل ماكرون", "القاهرة");
    for (Mention m : ms) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    assertThat(ms).filteredOn(m -> m.text().equals("القاهرة")).extracting(Mention::type).containsExactly("LOC");
  }

  @Test
  void interleavedPassesTagAsSeparatePassesWould() {
    NerModel m = NerModel.shipped();
    List<String[]> doc = List.of(
        "قال وزير الخارجية السعودي في الرياض إن المملكة ترحب".split(" "),
        "وأعلن نادي الهلال عن ضم اللاعب سالم الدوسري من نادي الاتحاد".split(" "),
        "وشارك الدوسري في مباراة الهلال أمام فريق « النصر » في الرياض".split(" "));
    List<NerFeatures.Sentence> sents = doc.stream().map(w -> m.features().sentence(w)).toList();
    List<int[]> first = sents.stream().map(m::decode).toList();
    int[][][] ctx = NerDocContext.features(sents, first, m.window);
    List<int[]> separate = new java.util.ArrayList<>();
    for (int j = 0; j < sents.size(); j++) {
      int[][] rows = m.withDocRows(m.rows(sents.get(j)), ctx[j]);
      separate.add(m.tags.toBio(m.decode(rows, m.weights2, m.scale2, m.transitions2)));
    }
    List<int[]> together = m.decodeDocument(sents);
    for (int j = 0; j < sents.size(); j++) assertThat(together.get(j)).containsExactly(separate.get(j));
    assertThat(together.stream().flatMapToInt(java.util.Arrays::stream).filter(t -> t != 0).count()).isGreaterThan(4);
  }

  @Test
  void modelFileRoundTrips() throws Exception {
    NerModel m = NerModel.shipped();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    NerModel back = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
    String[] words = "قال وزير الخارجية السعودي في الرياض إن المملكة ترحب".split(" ");
    assertThat(back.tag(words)).containsExactly(m.tag(words));
  }

  @Test
  void startBiasOpensNamesOfItsTypeInTheLastPass() {
    // a model with no opinion (all weights zero but one unused bucket, which sets the scale): every
    // word is O until one type's opening tags are raised
    NerFeatures f = new NerFeatures(Map.of(), Map.of(), Map.of(), NerFeatures.BIOES);
    float[] w = new float[(1 << 12) * 17], w2 = new float[(1 << 12) * 17];
    w[5] = w2[5] = 1;
    String[] words = "قال الرئيس زهرون في المدينة".split(" ");
    for (NerModel m : List.of(new NerModel(12, w, new float[18 * 17], f),
        new NerModel(12, w, new float[18 * 17], f, w2, new float[18 * 17], 2))) {
      assertThat(m.withStartBias(new float[4]).tag(words)).containsOnly("O");
      assertThat(m.withStartBias(new float[] {0, 0, 0, 0.5f}).tag(words)).containsOnly("B-MISC"); // one-word names
      assertThat(m.withStartBias(new float[] {0, 0.25f, 0, 0.5f}).tag(words)).containsOnly("B-MISC");
      assertThat(m.withStartBias(new float[] {0, 0.25f, 0, 0}).tag(words)).containsOnly("B-ORG");
    }
  }
}
