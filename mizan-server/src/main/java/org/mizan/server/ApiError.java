package org.mizan.server;

/** A request the API refuses, with the HTTP status and a one-line message for the client. */
final class ApiError extends RuntimeException {
  final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }
}
