/**
 * Browser journey for accounts: register → verify through the dev mailbox → sign in → settings shows
 * this session → sign out → the app asks to sign in again. Plus the verify page's failure state.
 *
 * Needs a running app with development settings (dev-outbox mail transport: the dev mailbox answers)
 * at E2E_BASE_URL — `npx tsx scripts/e2e.ts` prepares, builds and serves it — and Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import zh from "../../web/i18n/zh-CN.ts";
import {
  assertDevApp,
  BASE_URL,
  escapeRegExp,
  expectH1,
  followVerificationMail,
  freshCredentials,
  launchBrowser,
  newPage as openPage,
} from "./support.ts";

let browser: Browser;
const newPage = () => openPage(browser);

before(async () => {
  browser = await launchBrowser();
  await assertDevApp();
});

after(async () => {
  await browser?.close();
});

describe("account journey", () => {
  test("register → verify via the dev mailbox → sign in → settings → sign out", async () => {
    const { context, page, errors } = await newPage();
    const { email, password } = freshCredentials();
    try {
      // Register.
      await page.goto("/register");
      await expectH1(page, zh["register.title"]);
      await page.getByLabel(zh["register.email"], { exact: true }).fill(email);
      await page.getByLabel(zh["register.password"], { exact: true }).fill(password);
      await page.getByText(zh["password.strength"].split("{level}")[0] ?? "").waitFor();
      await page.getByLabel(zh["register.name"]).fill("E2E 测试");
      await page.getByRole("button", { name: zh["register.submit"], exact: true }).click();

      // "Check your email", with a resend button counting down.
      await expectH1(page, zh["register.check.title"]);
      await page.getByText(email, { exact: false }).first().waitFor();
      const waitLabel = new RegExp(escapeRegExp(zh["resend.wait"]).replace("\\{seconds\\}", "\\d+"));
      const resend = page.getByRole("button", { name: waitLabel });
      await resend.waitFor();
      assert.equal(await resend.isDisabled(), true, "resend waits for the 60 s cooldown");

      // The dev mailbox (linked in development) receives the verification mail; follow its link.
      await page.getByRole("link", { name: zh["register.check.devMailbox"], exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/dev/mailbox" && url.searchParams.get("to") === email);
      await followVerificationMail(page, email);

      // Verified.
      await page.getByRole("link", { name: zh["verify.success.signIn"], exact: true }).click();

      // Sign in: the email is prefilled.
      await page.waitForURL((url) => url.pathname === "/login");
      await expectH1(page, zh["login.title"]);
      await page.getByText(zh["login.notice.verified"]).waitFor();
      const emailInput = page.getByLabel(zh["login.email"], { exact: true });
      assert.equal(await emailInput.inputValue(), email);
      await page.getByLabel(zh["login.password"], { exact: true }).fill(password);
      await page.getByRole("button", { name: zh["login.submit"], exact: true }).click();

      // The app shows the signed-in user's email.
      await page.waitForURL((url) => url.pathname === "/app");
      await expectH1(page, zh["app.overview.title"]);
      await page.locator("main").getByText(email, { exact: true }).waitFor();

      // Settings through the account menu: this session is listed as "this device".
      const menuButton = page.getByRole("button", { name: new RegExp(escapeRegExp(zh["shell.userMenu"])) });
      await menuButton.click();
      assert.equal(await menuButton.getAttribute("aria-expanded"), "true");
      await page.locator("header").getByRole("link", { name: zh["shell.nav.settings"], exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/app/settings");
      await expectH1(page, zh["settings.title"]);
      assert.equal((await page.getByTestId("settings-email").textContent())?.trim(), email);
      const current = page.getByTestId("sessions").locator("li[data-current]");
      await current.waitFor();
      assert.equal(await current.count(), 1, "exactly one current session");
      await current.getByText(zh["settings.sessions.current"], { exact: true }).waitFor();

      // Sign out: back on the landing page; the app now redirects to login.
      await menuButton.click();
      await page.locator("header").getByRole("button", { name: zh["shell.signOut"], exact: true }).click();
      await page.waitForURL(`${BASE_URL}/`);
      await expectH1(page, zh["landing.hero.title"]);
      assert.equal(
        (await context.cookies(BASE_URL)).some((c) => c.name === "zm_session" && c.value !== ""),
        false,
        "the session cookie is gone",
      );
      await page.goto("/app");
      await page.waitForURL((url) => url.pathname === "/login" && url.searchParams.get("redirect") === "/app");
      await expectH1(page, zh["login.title"]);

      assert.deepEqual(errors, [], "no uncaught errors in the page");
    } finally {
      await context.close();
    }
  });

  test("a bad verification link shows the server's message and offers a resend form", async () => {
    const { context, page, errors } = await newPage();
    try {
      await page.goto(`/verify-email?token=${"x".repeat(43)}`);
      await expectH1(page, zh["verify.failed.title"]);
      await page.getByRole("alert").first().waitFor();
      await page.getByRole("heading", { level: 2, name: zh["verify.resend.title"] }).waitFor();
      await page.getByLabel(zh["verify.resend.email"], { exact: true }).waitFor();
      assert.deepEqual(errors, [], "no uncaught errors in the page");
    } finally {
      await context.close();
    }
  });

  test("wrong credentials show the localized error; client validation marks the field", async () => {
    const { context, page, errors } = await newPage();
    try {
      await page.goto("/login");
      await expectH1(page, zh["login.title"]);
      const email = page.getByLabel(zh["login.email"], { exact: true });
      await email.fill("not-an-email");
      await page.getByLabel(zh["login.password"], { exact: true }).fill("whatever-password");
      await page.getByRole("button", { name: zh["login.submit"], exact: true }).click();
      await page.getByText(zh["email.invalid"]).waitFor();
      assert.equal(await email.getAttribute("aria-invalid"), "true");
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute("name")),
        "email",
        "focus on the first invalid field",
      );

      await email.fill(`nobody-${Date.now()}@example.com`);
      await page.getByRole("button", { name: zh["login.submit"], exact: true }).click();
      await page.getByRole("alert").filter({ hasText: zh["login.failed"] }).waitFor();
      assert.deepEqual(errors, [], "no uncaught errors in the page");
    } finally {
      await context.close();
    }
  });
});
