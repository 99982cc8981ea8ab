/**
 * Shared helpers of the browser tests: the app under test, Chromium, pages that record uncaught errors,
 * and a fresh signed-in account (register → verify through the dev mailbox → sign in).
 *
 * Needs a running app with development settings (dev-outbox mail transport: the dev mailbox answers)
 * at E2E_BASE_URL — `npx tsx scripts/e2e.ts` prepares, builds and serves it — and Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import assert from "node:assert/strict";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import zh from "../../web/i18n/zh-CN.ts";

export const BASE_URL = (process.env.E2E_BASE_URL ?? "http://localhost:8787").replace(/\/$/, "");
export const TIMEOUT = 15_000;
/** Mails go through the queue: allow for a few delivery rounds. */
export const MAIL_TIMEOUT = 45_000;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Fails early, with a hint, when no app with development settings answers at BASE_URL. */
export async function assertDevApp(): Promise<void> {
  const res = await fetch(`${BASE_URL}/api/v1/dev/mailbox?limit=1`).catch((e: unknown) => {
    throw new Error(`No app at ${BASE_URL} (set E2E_BASE_URL or run \`npx tsx scripts/e2e.ts\`): ${String(e)}`);
  });
  assert.equal(res.status, 200, "the dev mailbox answers (development settings with EMAIL_TRANSPORT=dev-outbox)");
}

/** A new browser context and page; `errors` collects uncaught page errors. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

export async function expectH1(page: Page, text: string, timeout = TIMEOUT): Promise<void> {
  await page.getByRole("heading", { level: 1, name: text, exact: true }).waitFor({ state: "visible", timeout });
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A message with `{placeholders}` as a RegExp that matches any filling. */
export const messagePattern = (message: string) => new RegExp(escapeRegExp(message).replace(/\\\{\w+\\\}/g, ".+?"));

export interface Credentials {
  email: string;
  password: string;
}

export function freshCredentials(prefix = "e2e"): Credentials {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return { email: `${prefix}-${id}@example.com`, password: `Zm!${prefix}-${id}-Walnut` };
}

/** Fills and submits the registration form (zh-CN UI) and waits for "check your email". */
export async function register(page: Page, { email, password }: Credentials, name = "E2E 测试"): Promise<void> {
  await page.goto("/register");
  await expectH1(page, zh["register.title"]);
  await page.getByLabel(zh["register.email"], { exact: true }).fill(email);
  await page.getByLabel(zh["register.password"], { exact: true }).fill(password);
  await page.getByLabel(zh["register.name"]).fill(name);
  await page.getByRole("button", { name: zh["register.submit"], exact: true }).click();
  await expectH1(page, zh["register.check.title"]);
}

/**
 * On the dev mailbox page filtered to `email`: opens the newest verification mail and follows its link
 * (through the "open here" variant when APP_URL names another origin). Ends on the verify page, verified.
 */
export async function followVerificationMail(page: Page, email: string): Promise<void> {
  await expectH1(page, zh["devMailbox.title"]);
  const row = page.getByTestId("mail-row").filter({ hasText: email }).first();
  await row.waitFor({ timeout: MAIL_TIMEOUT });
  await row.getByRole("link").click();
  const mail = page.getByTestId("mail");
  await mail.waitFor();
  const link = mail.getByTestId("mail-link").filter({ hasText: "/verify-email?token=" }).first();
  const href = await link.getAttribute("href");
  assert.ok(href, "the mail has a verification link");
  if (new URL(href).origin === new URL(BASE_URL).origin) await link.click();
  else await mail.getByTestId("mail-link-here").first().click();
  await page.waitForURL((url) => url.pathname === "/verify-email");
  await expectH1(page, zh["verify.success.title"]);
}

/** Signs in on /login (zh-CN UI) and waits for the redirect target (default /app). */
export async function signIn(page: Page, { email, password }: Credentials, expectPath = "/app"): Promise<void> {
  if (new URL(page.url()).pathname !== "/login") await page.goto("/login");
  await expectH1(page, zh["login.title"]);
  await page.getByLabel(zh["login.email"], { exact: true }).fill(email);
  await page.getByLabel(zh["login.password"], { exact: true }).fill(password);
  await page.getByRole("button", { name: zh["login.submit"], exact: true }).click();
  await page.waitForURL((url) => url.pathname === expectPath);
}

/** A fresh verified account, signed in on `page` (which ends on /app). */
export async function signUpAndSignIn(page: Page, prefix = "e2e"): Promise<Credentials> {
  const credentials = freshCredentials(prefix);
  await register(page, credentials);
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(credentials.email)}`);
  await followVerificationMail(page, credentials.email);
  await page.getByRole("link", { name: zh["verify.success.signIn"], exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/login");
  await signIn(page, credentials);
  await expectH1(page, zh["app.overview.title"]);
  return credentials;
}

/** The order turns paid after the simulator's notification went through the queue and the notify route. */
export const PAID_TIMEOUT = 30_000;

/** A catalogue message with its `{placeholders}` filled. */
export const fill = (message: string, params: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export const sidebar = (page: Page) => page.getByRole("navigation", { name: zh["shell.sidebar"] });

/** `GET /billing/config`, checking that the payment simulator is on (development without WeChat Pay settings). */
export async function simulatorConfig<T extends object>(): Promise<T> {
  const res = await fetch(`${BASE_URL}/api/v1/billing/config`);
  assert.equal(res.status, 200, "GET /api/v1/billing/config answers");
  const config = (await res.json()) as T & { simulator?: boolean };
  assert.equal(config.simulator, true, "the payment simulator is on (development without WeChat Pay settings)");
  return config;
}

/** The signed-in user's balance and tier, as the API answers them. */
export async function me(page: Page): Promise<{ pointsBalance: number; tier: string }> {
  const res = await page.request.get("/api/v1/me");
  assert.equal(res.status(), 200);
  return ((await res.json()) as { user: { pointsBalance: number; tier: string } }).user;
}

/** Recharges a preset amount through the recharge page, the pay page and the simulator. */
export async function recharge(page: Page, yuan: 10 | 50 | 100): Promise<void> {
  await page.goto("/app/recharge");
  await expectH1(page, zh["recharge.title"]);
  await page.getByRole("radio", { name: `¥${yuan}`, exact: true }).check();
  await page.getByRole("radio", { name: zh["payMethod.wechatpay"], exact: true }).check();
  await page.getByRole("button", { name: fill(zh["recharge.submit"], { amount: `¥${yuan}.00` }), exact: true }).click();
  await page.waitForURL((url) => /^\/app\/orders\/[^/]+$/.test(url.pathname));
  await page.getByRole("button", { name: zh["pay.simulate"], exact: true }).click();
  await page
    .getByRole("heading", { level: 2, name: zh["pay.paid.title"], exact: true })
    .waitFor({ timeout: PAID_TIMEOUT });
}
