export const TURNSTILE_VERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

export interface TurnstileCheck {
  secret: string;
  token: string | undefined;
  /** The client's IP, passed on to Cloudflare as an extra signal. */
  ip?: string | null;
  /** Override of the siteverify endpoint (tests). */
  verifyUrl?: string;
  fetch?: typeof fetch;
}

/**
 * Asks Cloudflare whether a Turnstile token is valid. A missing token, a network failure or an answer
 * that is not `{success: true}` all count as failed: the widget is only enabled when a secret is set.
 */
export async function verifyTurnstile({ secret, token, ip, verifyUrl, fetch: doFetch = fetch }: TurnstileCheck) {
  if (!token) return false;
  const form = new FormData();
  form.append("secret", secret);
  form.append("response", token);
  if (ip) form.append("remoteip", ip);
  try {
    const res = await doFetch(verifyUrl || TURNSTILE_VERIFY_URL, {
      method: "POST",
      body: form,
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) return false;
    const body = (await res.json()) as { success?: unknown };
    return body.success === true;
  } catch {
    return false;
  }
}
