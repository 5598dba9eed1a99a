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
}
