package org.mizan.pipeline;

/**
 * One step of the pipeline, in the manner of a Lucene token filter: one job, a name that says it,
 * pure where possible (same input, same output, no shared mutable state).
 *
 * @param <T> what the stage transforms
 */
public interface Stage<T> {

  /** Short, stable name, used in progress output, errors and docs (e.g. {@code clean.boilerplate}). */
  String name();

  /** Returns the transformed value; never mutates its argument. */
  T apply(T input);

  /**
   * Loads whatever the stage needs before its first use (models, word lists), so a front end can
   * overlap that with reading its inputs. Document stages are also warmed by {@link Pipeline#warmUp}
   * running them on a sample; override this for what a sample does not reach. Must be idempotent.
   */
  default void warmUp() {}
}
