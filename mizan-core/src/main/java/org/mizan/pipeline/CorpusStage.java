package org.mizan.pipeline;

/**
 * A stage that needs every document of a run at once (cross-document entity linking, story
 * clustering, synthesis). Runs after all document stages, in order.
 */
public interface CorpusStage extends Stage<Corpus> {}
