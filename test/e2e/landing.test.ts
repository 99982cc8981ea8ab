/**
 * Browser journey: landing page, language switch (persisted), deep link into the SPA, 404 page.
 *
 * Needs a running app (production build on local workerd, e.g. `npm run preview`) at E2E_BASE_URL
 * (default http://localhost:8787) and Chromium (CHROMIUM_PATH, default Debian's /usr/bin/chromium).
 *   node --test --experimental-strip-types 'test/e2e/*.test.ts'
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import en from "../../web/i18n/en.ts";
import zh from "../../web/i18n/zh-CN.ts";

const BASE_URL = (process.env.E2E_BASE_URL ?? "http://localhost:8787").replace(/\/$/, "");
const TIMEOUT = 15_000;

let browser: Browser;

/** A fresh browser profile (no stored language) that records uncaught page errors. */
async function newPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Waits until the page's main heading reads `text` (routes render asynchronously). */
async function expectH1(page: Page, text: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name: text, exact: true }).waitFor({ state: "visible" });
  const h1s = await page.locator("h1").allInnerTexts();
  assert.deepEqual(
    h1s.map((h) => h.trim()),
    [text],
    "exactly one h1 with the expected text",
  );
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

before(async () => {
  browser = await chromium.launch({
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
  // Fail early and clearly when no server is running.
  const res = await fetch(`${BASE_URL}/`).catch((e: unknown) => {
    throw new Error(`No app at ${BASE_URL} (set E2E_BASE_URL or start \`npm run preview\`): ${String(e)}`);
  });
  assert.equal(res.status, 200, `GET ${BASE_URL}/ answered ${res.status}`);
});

after(async () => {
  await browser?.close();
});

describe("public site", () => {
  test("landing is zh-CN by default, switches to English and keeps the choice after a reload", async () => {
    const { context, page, errors } = await newPage();
    try {
      const res = await page.goto("/");
      assert.equal(res?.status(), 200);

      await expectH1(page, zh["landing.hero.title"]);
      assert.equal(await htmlLang(page), "zh-CN");
      for (const key of [
        "landing.feature.diagnosis.title",
        "landing.feature.prediction.title",
        "landing.feature.mock.title",
        "landing.feature.meeting.title",
      ] as const) {
        await page.getByRole("heading", { name: zh[key], exact: true }).waitFor();
      }
      assert.equal(await page.title(), zh["meta.title"]);

      await page.getByRole("button", { name: en["lang.en"], exact: true }).click();
      await expectH1(page, en["landing.hero.title"]);
      assert.equal(await htmlLang(page), "en");
      assert.equal(await page.title(), en["meta.title"]);
      assert.equal(
        await page.getByRole("button", { name: en["lang.en"], exact: true }).getAttribute("aria-pressed"),
        "true",
      );
      assert.equal(await page.evaluate(() => localStorage.getItem("zm_lang")), "en");
      const cookie = (await context.cookies(BASE_URL)).find((c) => c.name === "zm_lang");
      assert.equal(cookie?.value, "en", "the language choice is also sent to the server as a cookie");

      await page.reload();
      await expectH1(page, en["landing.hero.title"]);
      assert.equal(await htmlLang(page), "en");

      // Client-side navigation through the header link.
      await page.getByRole("navigation").getByRole("link", { name: en["nav.pricing"], exact: true }).click();
      await page.waitForURL(`${BASE_URL}/pricing`);
      await expectH1(page, en["pricing.title"]);

      // And back to Chinese.
      await page.getByRole("button", { name: zh["lang.zh"], exact: true }).click();
      await expectH1(page, zh["pricing.title"]);
      assert.equal(await htmlLang(page), "zh-CN");

      assert.deepEqual(errors, [], "no uncaught errors in the page");
    } finally {
      await context.close();
    }
  });

  test("deep link /pricing renders the pricing page (SPA fallback) with plans or a localized state", async () => {
    const { context, page, errors } = await newPage();
    try {
      const res = await page.goto("/pricing");
      assert.equal(res?.status(), 200, "the SPA shell is served for a client route");
      await expectH1(page, zh["pricing.title"]);
      assert.equal(await htmlLang(page), "zh-CN");

      // The plans list depends on the database: accept plans, an empty state or a localized error,
      // but never a blank or still-loading section.
      const plans = page.locator('[data-state="ready"], [data-state="empty"], [data-state="error"]');
      await plans.first().waitFor({ state: "visible", timeout: 30_000 });
      const state = await plans.first().getAttribute("data-state");
      const text = ((await plans.first().textContent()) ?? "").trim();
      if (state === "ready") {
        const items = plans.first().locator(":scope > li");
        assert.ok((await items.count()) > 0, "at least one plan card");
        assert.match(
          (await items.first().textContent()) ?? "",
          /¥\s?\d+\.\d{2}/,
          "price shown in yuan with 2 decimals",
        );
      } else if (state === "empty") {
        assert.equal(text, zh["pricing.plans.empty"]);
      } else {
        const prefix = zh["pricing.plans.error"].split("{message}")[0] ?? "";
        assert.ok(text.startsWith(prefix), `localized error message, got: ${text}`);
        await page.getByRole("button", { name: zh["pricing.plans.retry"] }).waitFor();
      }

      // Static parts: recharge rule and the tier table.
      await page.getByRole("heading", { name: zh["pricing.recharge.title"] }).waitFor();
      const table = page.getByRole("table");
      await table.waitFor();
      for (const tier of ["tier.normal", "tier.bronze", "tier.silver", "tier.gold"] as const) {
        await table.getByRole("columnheader", { name: new RegExp(zh[tier]) }).waitFor();
      }
      assert.deepEqual(errors, [], "no uncaught errors in the page");
    } finally {
      await context.close();
    }
  });

  test("an unknown path shows the localized 404 page", async () => {
    const { context, page, errors } = await newPage();
    try {
      await page.goto("/no-such-page");
      await expectH1(page, zh["notFound.title"]);
      await page.getByText(zh["notFound.body"]).waitFor();

      await page.getByRole("button", { name: en["lang.en"], exact: true }).click();
      await expectH1(page, en["notFound.title"]);

      await page.getByRole("link", { name: en["notFound.home"] }).click();
      await page.waitForURL(`${BASE_URL}/`);
      await expectH1(page, en["landing.hero.title"]);
      assert.deepEqual(errors, [], "no uncaught errors in the page");
    } finally {
      await context.close();
    }
  });
});
