package org.mizan.stories;

/**
 * When the learned model may overrule the headline-actor conflict ({@link ActorConflict}). The conflict
 * reads who the headlines name as actor, which wording alone sets: one outlet heads a report with the
 * attacker, another with the place or the victims ("المقاومة تقتحم القاعدة" beside "القاعدة في قبضة
 * المقاومة"), and same-day reports of one incident fell apart. Where the rest of the evidence makes the
 * model confident, and the article names one of the story's main lead entities (the place, the
 * victims, the other side), the conflict is no veto; otherwise it still is. A template report by
 * another actor (another ministry's Eid party, worded alike) names none of them. Protocol news keeps the
 * veto: two holders named by title receiving one visitor the same evening are two events, though each
 * report names the visitor and the other holder present. Read on the labelled
 * sets' traces (docs/evaluation.md, Stories, round 21): of the candidates the conflict alone vetoed
 * within the model's horizon, those the model gave 0.5 or more were the right story 31 times in 35
 * (every right one naming a main lead entity of the story), those below 0.4 one time in twenty.
 */
final class ConfidentActor {
  private ConfidentActor() {}

  /** The model probability from which the actor conflict no longer vetoes a join. */
  static final double BAR = 0.5;

  /**
   * How far the model's probability {@code p} clears the bar for a candidate vetoed by the actor
   * conflict alone (≥ 0 joins), or −∞ when another veto holds too, the article names none of the
   * story's main lead entities ({@link Counterparts#missing} 1) or the bar is not reached.
   */
  static double margin(JoinEvidence ev, StoryClusterer.Params params, double p, double threshold) {
    if (!ev.actor() || ev.titledActors() || ev.missing() >= 1 || JoinVetoes.vetoedBesidesActor(ev, params)) return Double.NEGATIVE_INFINITY;
    double bar = Math.max(BAR, threshold);
    return p >= bar ? p - bar : Double.NEGATIVE_INFINITY;
  }
}
