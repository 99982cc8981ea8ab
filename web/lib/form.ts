import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { z } from "zod";
import { isApiError } from "../api-client/client.ts";
import { isMessageKey, type MessageKey, type TFunction, useT } from "../i18n/index.tsx";

/**
 * Small form state helper shared by the account pages: field ids, error texts linked through
 * `aria-describedby`, client-side validation with the shared zod schemas, server `VALIDATION_FAILED`
 * details mapped onto fields, and focus on the first invalid field.
 * Type-only zod import: the schemas are passed in by the (lazily loaded) pages.
 */

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** A form's values, and a setter per field: `set("title")(value)`. */
export function useFormValues<V extends object>(initial: V) {
  const [values, setValues] = useState(initial);
  const set =
    <K extends keyof V>(name: K) =>
    (value: V[K]) =>
      setValues((v) => ({ ...v, [name]: value }));
  return [values, set] as const;
}

/** An optional text field's value: trimmed, or undefined when blank. */
export const optionalText = (s: string) => (s.trim() ? s.trim() : undefined);

/** Words a zod issue: key-valued messages ("password.tooShort") through i18n, others by issue code. */
export function issueMessage(t: TFunction, issue: z.core.$ZodIssue): string {
  if (isMessageKey(issue.message)) return t(issue.message);
  switch (issue.code) {
    case "too_small":
      return Number(issue.minimum) <= 1 ? t("form.required") : t("form.tooShort", { min: Number(issue.minimum) });
    case "too_big":
      return t("form.tooLong", { max: Number(issue.maximum) });
    default:
      return t("form.invalid");
  }
}

interface ServerFieldIssue {
  path: string;
  message: string;
}

/** `details` of a 400 VALIDATION_FAILED: `[{path, message, code}]` (path "a.b" or ["a","b"]). */
function serverIssues(details: unknown): ServerFieldIssue[] {
  if (!Array.isArray(details)) return [];
  const out: ServerFieldIssue[] = [];
  for (const d of details) {
    if (!d || typeof d !== "object") continue;
    const { path, message } = d as { path?: unknown; message?: unknown };
    if (typeof message !== "string") continue;
    const p = Array.isArray(path) ? path.map(String).join(".") : typeof path === "string" ? path : "";
    out.push({ path: p, message });
  }
  return out;
}

export interface FieldBinding {
  id: string;
  name: string;
  errorId: string;
  error: string | undefined;
  ref: (el: HTMLElement | null) => void;
  /** Clears this field's error (call on change). */
  clear: () => void;
}

export function useForm<F extends string>(
  fields: readonly F[],
  /** Message for a field's format errors when the schema has no key-valued message (e.g. a regex). */
  invalidMessages: Partial<Record<F, MessageKey>> = {},
) {
  const t = useT();
  const baseId = useId();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const [focusRequest, setFocusRequest] = useState(0);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;

  // After the error texts are rendered (so that aria-describedby resolves), focus the first invalid field.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when a focus was requested
  useEffect(() => {
    if (focusRequest === 0) return;
    const first = fieldsRef.current.find((f) => errors[f]);
    if (first) elements.current.get(first)?.focus();
  }, [focusRequest]);

  const show = useCallback((next: FieldErrors<F>, nextFormError: string | null = null) => {
    setErrors(next);
    setFormError(nextFormError);
    if (Object.values(next).some(Boolean)) setFocusRequest((n) => n + 1);
  }, []);

  /** Parses `values` with `schema`; on failure shows the issues and returns `null`. */
  function validate<S extends z.ZodType>(schema: S, values: unknown, extra: FieldErrors<F> = {}): z.output<S> | null {
    const result = schema.safeParse(values);
    const next: FieldErrors<F> = {};
    const unmapped: string[] = [];
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? "") as F;
        const override = invalidMessages[key];
        const message =
          override && !isMessageKey(issue.message) && issue.code !== "too_small" ? t(override) : issueMessage(t, issue);
        if (fieldsRef.current.includes(key)) next[key] ??= message;
        else unmapped.push(message);
      }
    }
    for (const [k, v] of Object.entries(extra) as [F, string | undefined][]) if (v) next[k] ??= v;
    if (result.success && Object.keys(next).length === 0) {
      show({});
      return result.data;
    }
    show(next, unmapped.length ? unmapped.join(" ") : null);
    return null;
  }

  /**
   * Shows a failed request: `VALIDATION_FAILED` details go onto their fields (the server words them in
   * the user's language); anything else becomes the form-level message.
   */
  function handleError(error: unknown) {
    if (isApiError(error) && error.code === "VALIDATION_FAILED") {
      const next: FieldErrors<F> = {};
      const unmapped: string[] = [];
      for (const issue of serverIssues(error.details)) {
        const key = (fieldsRef.current.find((f) => f === issue.path) ??
          fieldsRef.current.find((f) => f === issue.path.split(".")[0])) as F | undefined;
        if (key) next[key] ??= issue.message;
        else unmapped.push(issue.message);
      }
      if (Object.keys(next).length > 0) {
        show(next, unmapped.length ? unmapped.join(" ") : null);
        return;
      }
    }
    show({}, isApiError(error) ? error.message : t("error.body"));
  }

  function field(name: F): FieldBinding {
    return {
      id: `${baseId}-${name}`,
      name,
      errorId: `${baseId}-${name}-error`,
      error: errors[name],
      ref: (el) => {
        if (el) elements.current.set(name, el);
        else elements.current.delete(name);
      },
      clear: () => {
        setErrors((prev) => (prev[name] ? { ...prev, [name]: undefined } : prev));
      },
    };
  }

  return {
    field,
    errors,
    formError,
    setFormError,
    validate,
    handleError,
    /** Sets field errors directly (e.g. "passwords do not match") and focuses the first. */
    setErrors: (next: FieldErrors<F>) => show(next),
    reset: () => show({}),
  };
}
