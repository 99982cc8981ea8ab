/**
 * Browser journey for paying: a fresh account recharges ¥10 with WeChat Pay → the pay page shows the QR
 * code (an SVG from the API), the amount and a countdown → "simulate scan" (development: the payment
 * simulator delivers a genuinely signed notification to the real notify route) → the page turns to
 * "paid" by itself → points history shows 20 points from a recharge → the dashboard shows tier bronze.
 * Then: cancelling an open order, ordering it again, and the pricing page's buy buttons.
 *
 * Needs the app with development settings (dev mailbox, payment simulator) at E2E_BASE_URL —
 * `npx tsx scripts/e2e.ts` prepares, builds and serves it — and Chromium (CHROMIUM_PATH).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import zh from "../../web/i18n/zh-CN.ts";
import {
  assertDevApp,
  expectH1,
  fill,
  launchBrowser,
  messagePattern,
  newPage,
  PAID_TIMEOUT,
  sidebar,
  signUpAndSignIn,
  simulatorConfig,
} from "./support.ts";

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
  await assertDevApp();
  await simulatorConfig();
});

after(async () => {
  await browser?.close();
});

/** The id of the order whose pay page is open. */
const orderIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");

async function openPayPage(page: Page): Promise<string> {
  await page.waitForURL((url) => /^\/app\/orders\/[^/]+$/.test(url.pathname));
  await expectH1(page, zh["pay.title"]);
  return orderIdOf(page);
}

describe("billing journey", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  before(async () => {
    ({ context, page, errors } = await newPage(browser));
    await signUpAndSignIn(page, "e2e-pay");
  });

  after(async () => {
    await context?.close();
  });

  test("recharge ¥10 with WeChat Pay → simulated scan → paid by itself → 20 points, tier bronze", async () => {
    // A new account: tier normal, no plan.
    await page.getByTestId("tier-badge").filter({ hasText: zh["tier.normal"] }).waitFor();
    await page.getByTestId("membership-plan").getByText(zh["membership.noPlan"]).waitFor();

    // Recharge page through the sidebar.
    await sidebar(page).getByRole("link", { name: zh["shell.nav.recharge"], exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/app/recharge");
    await expectH1(page, zh["recharge.title"]);

    // A custom amount below the minimum is refused on the field.
    await page.getByRole("radio", { name: zh["recharge.custom"], exact: true }).check();
    const custom = page.getByLabel(zh["recharge.customLabel"], { exact: true });
    await custom.fill("5");
    await page.getByRole("button", { name: zh["recharge.submitIdle"], exact: true }).click();
    await page.getByText(fill(zh["recharge.amountTooSmall"], { min: "¥10" })).waitFor();
    assert.equal(await custom.getAttribute("aria-invalid"), "true");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "amountFen");

    // ¥10 preset: 20 points; WeChat Pay.
    await page.getByRole("radio", { name: "¥10", exact: true }).check();
    assert.equal(
      (await page.getByTestId("recharge-points").textContent())?.trim(),
      fill(zh["recharge.youGetValue"], { points: 20 }),
    );
    await page.getByRole("radio", { name: zh["payMethod.wechatpay"], exact: true }).check();
    // A double click creates one order (the button locks; both would carry the same Idempotency-Key).
    await page.getByRole("button", { name: fill(zh["recharge.submit"], { amount: "¥10.00" }), exact: true }).dblclick();

    // The pay page: amount, status, countdown and the QR code as an SVG image that loaded.
    const orderId = await openPayPage(page);
    assert.equal((await page.getByTestId("order-amount").textContent())?.trim(), "¥10.00");
    await page.getByTestId("order-summary").getByText(zh["order.status.awaitingPayment"], { exact: true }).waitFor();
    await page
      .getByTestId("order-summary")
      .getByText(fill(zh["pay.item.recharge"], { points: 20 }))
      .waitFor();
    assert.match((await page.getByTestId("pay-countdown").textContent()) ?? "", /^\d{2}:\d{2}$/);
    const qr = page.getByRole("img", { name: zh["pay.qr.alt"], exact: true });
    await qr.waitFor();
    await page.waitForFunction(
      () => {
        const img = document.querySelector<HTMLImageElement>('[data-testid="pay-qr"]');
        return img?.complete && img.naturalWidth > 0;
      },
      undefined,
      { timeout: 15_000 },
    );
    const qrSrc = await qr.getAttribute("src");
    assert.equal(qrSrc, `/api/v1/billing/orders/${orderId}/qr.svg`);
    const qrRes = await page.request.get(qrSrc);
    assert.equal(qrRes.status(), 200);
    assert.match(qrRes.headers()["content-type"] ?? "", /^image\/svg\+xml/);
    assert.match(await qrRes.text(), /<svg[\s>]/);

    // Development: simulate the scan. The page turns to "paid" without a reload.
    const simulate = page.getByRole("button", { name: zh["pay.simulate"], exact: true });
    const navigations: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    await simulate.click();
    await page
      .getByRole("heading", { level: 2, name: zh["pay.paid.title"], exact: true })
      .waitFor({ timeout: PAID_TIMEOUT });
    assert.deepEqual(navigations, [], "the pay page updated in place");
    assert.equal(orderIdOf(page), orderId);
    await page.getByText(fill(zh["pay.paid.recharge"], { points: 20 })).waitFor();
    await page.getByTestId("order-summary").getByText(zh["order.status.paid"], { exact: true }).waitFor();

    // Points history: balance 20 and a recharge row of +20.
    await page.getByRole("link", { name: zh["pay.paid.points"], exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/app/points");
    await expectH1(page, zh["points.title"]);
    await page.getByTestId("points-balance").filter({ hasText: /^20$/ }).waitFor();
    const rechargeRow = page.getByTestId("ledger").locator('tbody tr[data-reason="recharge"]');
    await rechargeRow.first().waitFor();
    assert.equal(await rechargeRow.count(), 1, "one recharge row");
    await rechargeRow.getByText(zh["ledger.reason.recharge"], { exact: true }).waitFor();
    assert.equal((await rechargeRow.getByTestId("ledger-delta").textContent())?.trim(), "+20");

    // Orders: exactly one order (the double click did not create two), paid.
    await sidebar(page).getByRole("link", { name: zh["shell.nav.orders"], exact: true }).click();
    await expectH1(page, zh["orders.title"]);
    const rows = page.getByTestId("orders").locator("tbody tr");
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1, "one order");
    await rows.first().getByText(zh["order.status.paid"], { exact: true }).waitFor();
    await rows.first().getByText("¥10.00", { exact: true }).waitFor();

    // Dashboard: tier bronze, ¥10.00 paid, progress to silver.
    await sidebar(page).getByRole("link", { name: zh["shell.nav.overview"], exact: true }).click();
    await expectH1(page, zh["app.overview.title"]);
    await page.getByTestId("tier-badge").filter({ hasText: zh["tier.bronze"] }).waitFor();
    assert.equal((await page.getByTestId("total-paid").textContent())?.trim(), "¥10.00");
    await page.getByTestId("tier-next").filter({ hasText: zh["tier.silver"] }).waitFor();
    await page.getByRole("progressbar", { name: zh["membership.progress"] }).waitFor();

    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });

  test("cancelling an open order closes it; ordering again opens a new pay page", async () => {
    await page.goto("/app/recharge");
    await expectH1(page, zh["recharge.title"]);
    await page.getByRole("radio", { name: "¥50", exact: true }).check();
    await page.getByRole("button", { name: fill(zh["recharge.submit"], { amount: "¥50.00" }), exact: true }).click();
    const first = await openPayPage(page);
    await page.getByTestId("pay-qr").waitFor();

    await page.getByRole("button", { name: zh["pay.cancel"], exact: true }).click();
    await page.getByRole("heading", { level: 2, name: zh["pay.closed.title"], exact: true }).waitFor();
    await page.getByTestId("order-summary").getByText(zh["order.status.closed"], { exact: true }).waitFor();

    await page.getByRole("button", { name: zh["pay.retry"], exact: true }).click();
    await page.waitForURL((url) => /^\/app\/orders\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(`/${first}`));
    await expectH1(page, zh["pay.title"]);
    assert.equal((await page.getByTestId("order-amount").textContent())?.trim(), "¥50.00");
    await page.getByTestId("pay-qr").waitFor();
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });

  test("a corporate transfer order shows the bank details and a reference code, awaiting transfer", async () => {
    const config = (await (await page.request.get("/api/v1/billing/config")).json()) as { transferAvailable: boolean };
    if (!config.transferAvailable) return; // no bank account configured: the option is hidden
    await page.goto("/app/recharge");
    await expectH1(page, zh["recharge.title"]);
    await page.getByRole("radio", { name: "¥100", exact: true }).check();
    await page.getByRole("radio", { name: zh["payMethod.transfer"], exact: true }).check();
    await page.getByRole("button", { name: fill(zh["recharge.submit"], { amount: "¥100.00" }), exact: true }).click();
    await openPayPage(page);
    await page.getByTestId("order-summary").getByText(zh["order.status.awaitingTransfer"], { exact: true }).waitFor();
    const transfer = page.getByTestId("transfer");
    await transfer.getByRole("heading", { name: zh["pay.transfer.title"] }).waitFor();
    assert.ok(((await transfer.getByTestId("transfer-reference").textContent()) ?? "").trim().length > 0);
    await transfer.getByText(zh["pay.transfer.accountNumber"], { exact: true }).waitFor();
    assert.equal(await page.getByTestId("pay-qr").count(), 0, "no QR code for a transfer");
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });

  test("signed in, buying a plan on /pricing opens its pay page; once paid the dashboard shows the plan", async () => {
    await page.goto("/pricing");
    await expectH1(page, zh["pricing.title"]);
    const month = page.locator('[data-plan="month"]');
    await month.getByRole("button", { name: messagePattern(zh["pricing.plan.buyLabel"]) }).click();
    await openPayPage(page);
    await page.getByTestId("order-summary").getByText(zh["pricing.plan.month"], { exact: false }).waitFor();
    await page.getByTestId("pay-qr").waitFor();
    await page.getByRole("button", { name: zh["pay.simulate"], exact: true }).click();
    await page
      .getByRole("heading", { level: 2, name: zh["pay.paid.title"], exact: true })
      .waitFor({ timeout: PAID_TIMEOUT });

    await page.getByRole("link", { name: zh["pay.paid.home"], exact: true }).click();
    await expectH1(page, zh["app.overview.title"]);
    await page.getByTestId("membership-plan").filter({ hasText: zh["pricing.plan.month"] }).waitFor();
    await page.getByText(fill(zh["membership.planBoost"], { tier: zh["tier.silver"] })).waitFor();
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });
});

describe("pricing", () => {
  test("signed out, a plan's buy button leads to sign-in and back to pricing", async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await page.goto("/pricing");
      await expectH1(page, zh["pricing.title"]);
      const plans = page.locator('[data-state="ready"]');
      await plans.waitFor({ timeout: 30_000 });
      const buy = plans.getByRole("link", { name: messagePattern(zh["pricing.plan.signInToBuy"]) }).first();
      await buy.click();
      await page.waitForURL((url) => url.pathname === "/login" && url.searchParams.get("redirect") === "/pricing");
      // The entitlement table comes from the config.
      await page.goto("/pricing");
      const table = page.getByRole("table");
      for (const feature of ["feature.diagnosis", "feature.meetingAssistant", "feature.luckyDraw"] as const) {
        await table.getByRole("rowheader", { name: zh[feature], exact: true }).waitFor();
      }
      assert.deepEqual(errors, [], "no uncaught errors in the page");
    } finally {
      await context.close();
    }
  });
});
