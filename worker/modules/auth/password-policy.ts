import type { Locale } from "../../lib/contract";
import commonPasswordList from "./common-passwords.txt";
import { fieldError } from "./guards";

// Length is checked by PasswordSchema (shared with the web); this adds the server-only common-password list.
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(commonPasswordList.split(/\r?\n/).filter(Boolean));
  return common.has(password.toLowerCase());
}

/** Refuses a common password as a `VALIDATION_FAILED` on `field`, worded like any other field problem. */
export function assertPasswordAllowed(password: string, field: string, locale: Locale): void {
  if (isCommonPassword(password)) throw fieldError(field, "password.common", locale);
}
