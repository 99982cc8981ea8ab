import { env } from "cloudflare:test";
import { api, eventually, ORIGIN } from "../../helpers";

export const PASSWORD = "Correct-Horse-42";
export const CHROME_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

export const uniqueEmail = (tag = "user") => `${tag}-${crypto.randomUUID().slice(0, 12)}@example.com`;

/** A random client IP, so that per-IP limits of one test never trip another. */
export const uniqueIp = () => {
  const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
  return `10.${a}.${b}.${c}`;
};

/**
 * One browser: its own IP and User-Agent, a cookie jar for `zm_session`, and the app's `Origin` on
 * every request (as a browser on the app's page sends it).
 */
export class Browser {
  cookie: string | null = null;
  lastSetCookie: string | null = null;

  constructor(
    readonly ip = uniqueIp(),
    readonly userAgent = CHROME_MAC,
  ) {}

  async request(method: string, path: string, json?: unknown, headers: Record<string, string> = {}) {
    const res = await api(`/api/v1${path}`, {
      method,
      json,
      headers: {
        Origin: ORIGIN,
        "CF-Connecting-IP": this.ip,
        "User-Agent": this.userAgent,
        ...(this.cookie ? { Cookie: `zm_session=${this.cookie}` } : {}),
        ...headers,
      },
    });
    const setCookie = res.headers.get("Set-Cookie");
    this.lastSetCookie = setCookie;
    const match = setCookie?.match(/zm_session=([^;]*)/);
    if (match) this.cookie = match[1] || null;
    return res;
  }

  post = (path: string, json?: unknown, headers?: Record<string, string>) => this.request("POST", path, json, headers);
  get = (path: string, headers?: Record<string, string>) => this.request("GET", path, undefined, headers);
}

/** The token of the newest mailed link to `path` (e.g. "/verify-email") sent to `email`. */
export async function mailedToken(email: string, path: "/verify-email" | "/reset-password"): Promise<string> {
  return eventually(async () => {
    const row = await env.DB.prepare(
      `SELECT text_body AS text FROM email_outbox WHERE to_address = ? AND text_body LIKE ?
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    )
      .bind(email, `%${path}?token=%`)
      .first<{ text: string }>();
    const match = row?.text.match(new RegExp(`${ORIGIN}${path}\\?token=([A-Za-z0-9_%-]+)`));
    return match ? decodeURIComponent(match[1] as string) : undefined;
  });
}

/** The token of a mailed link newer than `old` (after asking for another one). */
export function newerToken(email: string, path: "/verify-email" | "/reset-password", old: string): Promise<string> {
  return eventually(async () => {
    const token = await mailedToken(email, path);
    return token !== old ? token : undefined;
  });
}

export async function mailCount(email: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM email_outbox WHERE to_address = ?")
    .bind(email)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** A verified account; `browser` is left signed out. */
export async function verifiedAccount(browser = new Browser(), password = PASSWORD, name = "Test") {
  const email = uniqueEmail();
  const res = await browser.post("/auth/register", { email, password, name });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  const verified = await browser.post("/auth/verify-email", { token: await mailedToken(email, "/verify-email") });
  if (verified.status !== 200) throw new Error(`verify failed: ${verified.status}`);
  const { user } = (await res.json()) as { user: { id: string } };
  return { email, password, id: user.id };
}

/** A verified account signed in on `browser` (and on a new browser unless one is given). */
export async function signedIn(browser = new Browser()) {
  const account = await verifiedAccount(new Browser());
  const res = await browser.post("/auth/login", { email: account.email, password: account.password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return { ...account, browser };
}

export function rowsRead(res: Response): number {
  const match = res.headers.get("Server-Timing")?.match(/rows=(\d+)/);
  if (!match) throw new Error("no Server-Timing rows");
  return Number(match[1]);
}
