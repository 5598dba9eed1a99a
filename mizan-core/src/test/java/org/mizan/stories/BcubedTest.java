package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BcubedTest {
  @Test
  void perfectClusteringScoresOne() {
    var s = Bcubed.score(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "1", "c", "2"));
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.predictedClusters()).isEqualTo(2);
  }

  @Test
  void mergingTwoGoldClustersCostsPrecisionNotRecall() {
    // gold {a,b} {c}; predicted {a,b,c}: precision = (2/3 + 2/3 + 1/3) / 3 = 5/9
    var s = Bcubed.score(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "1", "c", "1"));
    assertThat(s.precision()).isCloseTo(5 / 9.0, within(1e-9));
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void splittingAGoldClusterCostsRecall() {
    // gold {a,b,c}; predicted {a} {b,c}: recall = (1/3 + 2/3 + 2/3) / 3 = 5/9; missing items are singletons
    var s = Bcubed.score(Map.of("a", "x", "b", "x", "c", "x"), Map.of("b", "1", "c", "1"));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(5 / 9.0, within(1e-9));
    assertThat(s.goldClusters()).isEqualTo(1);
  }
}
