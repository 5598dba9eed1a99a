package org.mizan.pipeline;

import org.mizan.doc.Document;

/**
 * A stage that looks at one document at a time. Document stages must be thread-safe and must not
 * depend on other documents, so the CLI can run them in parallel and Flink can run them per record.
 */
public interface DocumentStage extends Stage<Document> {}
