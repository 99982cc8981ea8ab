import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";
import type { AppEnv } from "../context";
import { AppError, type ErrorCode, errorBody } from "../lib/errors";
import { describeError, log } from "../lib/logger";
import { toFieldIssues } from "../lib/validation";

const HTTP_EXCEPTION_CODES: Record<number, ErrorCode> = {
  400: "MALFORMED_JSON",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "RATE_LIMITED",
};

/** The single place where a failure becomes the JSON error shape of API.md. */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  const locale = c.get("locale") ?? "zh-CN";
  if (error instanceof AppError) {
    for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
    return c.json(errorBody(error.code, locale, error.details), error.status);
  }
  if (error instanceof ZodError) {
    return c.json(errorBody("VALIDATION_FAILED", locale, toFieldIssues(error, locale)), 400);
  }
  if (error instanceof HTTPException && HTTP_EXCEPTION_CODES[error.status]) {
    const code = HTTP_EXCEPTION_CODES[error.status] as ErrorCode;
    return c.json(errorBody(code, locale), error.status as 400);
  }
  const requestId = c.get("requestId");
  log("error", "unhandled error", { requestId, route: c.req.path, ...describeError(error) });
  return c.json(errorBody("INTERNAL", locale, { requestId }), 500);
};

export const notFound: NotFoundHandler<AppEnv> = (c) => c.json(errorBody("NOT_FOUND", c.get("locale") ?? "zh-CN"), 404);
