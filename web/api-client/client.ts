import type { z } from "zod";
import { getLocale, translate } from "../i18n/index.tsx";

/**
 * A failed API call. `status` is 0 for network failures; `code` is the API's UPPER_SNAKE error code;
 * `retryAfter` is the `Retry-After` answer header in seconds (429 RATE_LIMITED), when present.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** `Retry-After` as seconds from now: either delta-seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiFetchOptions<S extends z.ZodType | undefined> {
  method?: Method;
  /** Serialized as JSON. */
  body?: unknown;
  /** Validates a 2xx JSON body. Omit for answers without a body (e.g. 204). */
  schema?: S;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

type Result<S> = S extends z.ZodType ? z.infer<S> : undefined;

/**
 * Validate an error body with the shared `ErrorBodySchema`. Loaded on demand: the contract module
 * pulls in zod, which must stay out of the landing page's initial JS.
 */
async function parseErrorBody(json: unknown) {
  try {
    const { ErrorBodySchema } = await import("../../worker/lib/contract.ts");
    const result = ErrorBodySchema.safeParse(json);
    return result.success ? result.data.error : null;
  } catch {
    return null;
  }
}

/**
 * The `ApiError` for a non-2xx answer: from the API's error body when there is one (`json`: the parsed
 * body, `undefined` when it was not JSON), else a generic "HTTP <status>" message. For callers that do
 * not go through `apiFetch` (uploads with XMLHttpRequest, file downloads).
 */
export async function errorFromAnswer(
  status: number,
  json: unknown,
  retryAfterHeader: string | null,
): Promise<ApiError> {
  const locale = getLocale();
  const err = json === undefined ? null : await parseErrorBody(json);
  const retryAfter = parseRetryAfter(retryAfterHeader);
  if (err) return new ApiError(status, err.code, err.message, err.details, retryAfter);
  return new ApiError(status, `HTTP_${status}`, translate(locale, "api.http", { status }), undefined, retryAfter);
}

/**
 * Fetch `/api/v1/...` (or any same-origin path) as JSON in the current UI language.
 * Throws `ApiError` on network failures, non-2xx answers (parsed from the API's error body)
 * and 2xx bodies that do not match `schema`.
 */
export async function apiFetch<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: ApiFetchOptions<S> = {},
): Promise<Result<S>> {
  const locale = getLocale();
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": locale,
    ...options.headers,
  };
  const init: RequestInit = {
    method: options.method ?? "GET",
    credentials: "same-origin",
    headers,
    signal: options.signal,
  };
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(options.body);
  }

  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "NETWORK_ERROR", translate(locale, "api.network"));
  }

  const text = await res.text();
  let json: unknown;
  let parsed = false;
  if (text) {
    try {
      json = JSON.parse(text);
      parsed = true;
    } catch {
      // not JSON: handled below
    }
  }

  if (!res.ok) throw await errorFromAnswer(res.status, parsed ? json : undefined, res.headers.get("Retry-After"));

  if (!options.schema) return undefined as Result<S>;
  const result = options.schema.safeParse(json);
  if (!parsed || !result.success) {
    throw new ApiError(
      res.status,
      "INVALID_RESPONSE",
      translate(locale, "api.invalidResponse"),
      result.success ? undefined : result.error.issues,
    );
  }
  return result.data as Result<S>;
}
