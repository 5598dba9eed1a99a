package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mizan.entities.Entity;
import org.mizan.synthesis.StoryDigest.Divergence;
import org.mizan.synthesis.StoryDigest.FigureValue;
import org.mizan.synthesis.StoryDigest.Position;
import org.mizan.synthesis.StoryDigest.Quantity;

/**
 * Where sources or sides differ: conflicting figures; opposite claims (a key word negated by one
 * actor, asserted by another, e.g. "no progress" vs "some progress", see {@link OppositeClaims}); and
 * different dates given for the same event, noted as a likely time-zone difference when they are a day
 * apart with an evening on the earlier day against a morning on the later one (see {@link Times}).
 */
final class Divergences {
  private Divergences() {}

  static List<Divergence> find(StoryText st, List<Quantity> figures, List<StoryDates.Dated> dates,
      Map<String, Entity> entities) {
    List<Divergence> out = new ArrayList<>();
    for (Quantity q : figures) if (q.conflict()) out.add(figure(q));
    out.addAll(OppositeClaims.find(st, entities));
    out.addAll(Times.find(st, dates));
    return out;
  }

  private static Divergence figure(Quantity q) {
    List<Position> ps = new ArrayList<>();
    for (FigureValue v : q.values()) ps.add(new Position(fmt(v.value()), v.text(), String.join("، ", v.outlets()), v.citations()));
    String what = q.counted() != null ? q.counted() : q.unit();
    return new Divergence("figure", what, ps, null);
  }

  /**
   * A figure's value as plain digits: {@code 2.063 مليار} is 2.063 × 10⁹, which a double holds as
   * 2063000000.0000002; twelve significant digits drop that noise (and no exponent is printed).
   */
  static String fmt(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
    java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
