/**
 * Errors a caller can cause, each with an HTTP status and a stable code. Route handlers and server actions
 * turn them into `{ error: { code, message } }`; anything else is a 500 with no details.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: unknown, code = "bad_request") {
    super(400, code, message, details);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super(401, "unauthorized", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do that.") {
    super(403, "forbidden", message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super(404, "not_found", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, code = "conflict") {
    super(409, code, message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(expected: string) {
    super(415, "unsupported_media_type", `Send the request body as ${expected}.`);
  }
}

export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many attempts. Try again in ${formatWait(retryAfterSeconds)}.`,
    code = "rate_limited",
    details?: unknown,
  ) {
    super(429, code, message, details);
  }
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** A dependency (the database) cannot be reached: the caller should retry shortly, nothing was changed. */
export class ServiceUnavailableError extends AppError {
  constructor(
    readonly retryAfterSeconds = 30,
    message = "The service is briefly unavailable. Please try again in a moment.",
    code = "unavailable",
  ) {
    super(503, code, message);
  }
}
