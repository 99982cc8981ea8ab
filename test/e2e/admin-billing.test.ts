/**
 * Browser journey for the admin billing console: a fresh user creates a corporate-transfer recharge order
 * (/app/recharge → transfer) and notes its reference code; the seeded admin signs in in a separate browser
 * context, finds the order by that reference on /admin/orders, records the transfer as received (confirm
 * dialog, double-clicked: credited once) → the order is paid; the user's /app/points shows the credit.
 * Then the admin refunds part of it (points preview, confirm) and the user's balance drops accordingly;
 * the anomalies page shows its tabs. A plain user opening /admin sees the 403 page.
 *
 * Needs the app with development settings (dev mailbox, seeded admin, transfer bank account from
 * .dev.vars) at E2E_BASE_URL — `npx tsx scripts/e2e.ts` prepares, builds and serves it — and Chromium.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import zh from "../../web/i18n/zh-CN.ts";
import {
  assertDevApp,
  BASE_URL,
  expectH1,
  fill,
  launchBrowser,
  newPage,
  sidebar,
  signIn,
  signUpAndSignIn,
} from "./support.ts";

const ADMIN = { email: "admin@zhimai.local", password: "Admin#2026dev" };

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
  await assertDevApp();
  const res = await fetch(`${BASE_URL}/api/v1/billing/config`);
  assert.equal(res.status, 200, "GET /api/v1/billing/config answers");
  const config = (await res.json()) as { transferAvailable?: boolean };
  assert.equal(config.transferAvailable, true, "corporate transfer is configured (TRANSFER_* in .dev.vars)");
});

after(async () => {
  await browser?.close();
});

describe("admin billing console", () => {
  let user: { context: BrowserContext; page: Page; errors: string[] };
  let admin: { context: BrowserContext; page: Page; errors: string[] };
  let reference = "";
  let orderId = "";

  before(async () => {
    user = await newPage(browser);
    admin = await newPage(browser);
    await signUpAndSignIn(user.page, "e2e-transfer");
  });

  after(async () => {
    await user?.context.close();
    await admin?.context.close();
  });

  test("a user orders a ¥100 recharge by corporate transfer and gets a reference code", async () => {
    const { page } = user;
    await page.goto("/app/recharge");
    await expectH1(page, zh["recharge.title"]);
    await page.getByRole("radio", { name: "¥100", exact: true }).check();
    await page.getByRole("radio", { name: zh["payMethod.transfer"], exact: true }).check();
    await page.getByRole("button", { name: fill(zh["recharge.submit"], { amount: "¥100.00" }), exact: true }).click();
    await page.waitForURL((url) => /^\/app\/orders\/[^/]+$/.test(url.pathname));
    await expectH1(page, zh["pay.title"]);
    orderId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    await page.getByTestId("order-summary").getByText(zh["order.status.awaitingTransfer"], { exact: true }).waitFor();
    reference = ((await page.getByTestId("transfer-reference").textContent()) ?? "").trim();
    assert.ok(reference.length > 0, "the pay page shows a reference code");
    assert.deepEqual(user.errors, [], "no uncaught errors in the user's page");
  });

  test("the admin finds the order by its reference and records the transfer received → paid", async () => {
    const { page } = admin;
    await signIn(page, ADMIN);
    await page.goto("/admin");
    await sidebar(page).getByRole("link", { name: zh["shell.nav.adminOrders"], exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/admin/orders");
    await expectH1(page, zh["admin.orders.title"]);

    // Search by the reference (lower case: the API matches references case-insensitively).
    await page.getByRole("searchbox", { name: zh["admin.orders.search"], exact: true }).fill(reference.toLowerCase());
    await page.getByRole("button", { name: zh["admin.orders.submit"], exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === reference.toLowerCase());
    const rows = page.getByTestId("admin-orders").locator("tbody tr");
    await rows.filter({ hasText: reference }).first().waitFor();
    assert.equal(await rows.count(), 1, "exactly the order with that reference");
    const row = rows.first();
    assert.equal(await row.getAttribute("data-order-id"), orderId);
    await row.getByText(zh["order.status.awaitingTransfer"], { exact: true }).waitFor();
    await row.getByText("¥100.00", { exact: true }).waitFor();
    await row.getByText(/@example\.com$/).waitFor();
    await row.getByRole("link", { name: /.+/ }).click();

    await page.waitForURL((url) => url.pathname === `/admin/orders/${orderId}`);
    await expectH1(page, zh["admin.order.title"]);
    assert.equal((await page.getByTestId("order-reference").textContent())?.trim(), reference);
    const transfer = page.getByTestId("transfer-received");
    const amount = transfer.getByLabel(zh["admin.transfer.amount"], { exact: true });
    assert.equal(await amount.inputValue(), "100.00", "the amount is prefilled with the order amount");

    // A different amount is refused on the field, before anything is sent.
    await amount.fill("99");
    await transfer.getByRole("button", { name: zh["admin.transfer.submit"], exact: true }).click();
    await transfer.getByText(fill(zh["admin.transfer.amountMismatch"], { amount: "¥100.00" })).waitFor();
    assert.equal(await amount.getAttribute("aria-invalid"), "true");
    assert.equal(await page.getByTestId("transfer-dialog").isVisible(), false, "no confirmation for a wrong amount");

    await amount.fill("100.00");
    await transfer.getByLabel(zh["admin.transfer.note"]).fill(`e2e ${reference}`);
    await transfer.getByRole("button", { name: zh["admin.transfer.submit"], exact: true }).click();
    const dialog = page.getByRole("dialog", { name: zh["admin.transfer.confirmTitle"] });
    await dialog.waitFor();
    await dialog.getByText(reference, { exact: false }).waitFor();
    // A double click records it once (the button locks while the request runs; the API is idempotent too).
    await dialog.getByRole("button", { name: zh["admin.transfer.confirm"], exact: true }).dblclick();

    await page
      .getByTestId("action-notice")
      .getByText(fill(zh["admin.transfer.done"], { points: 200 }))
      .waitFor();
    await dialog.waitFor({ state: "hidden" });
    await page.locator('[data-testid="order-status"][data-status="paid"]').waitFor();
    await page.getByTestId("order-status").getByText(zh["order.status.paid"], { exact: true }).waitFor();
    assert.equal(await transfer.count(), 0, "nothing left to record");
    await page.getByTestId("refund").waitFor();
    assert.deepEqual(admin.errors, [], "no uncaught errors in the admin's page");
  });

  test("the user's points show the credit of the transfer", async () => {
    const { page } = user;
    await page.goto("/app/points");
    await expectH1(page, zh["points.title"]);
    await page.getByTestId("points-balance").filter({ hasText: /^200$/ }).waitFor();
    const rechargeRows = page.getByTestId("ledger").locator('tbody tr[data-reason="recharge"]');
    await rechargeRows.first().waitFor();
    assert.equal(await rechargeRows.count(), 1, "credited once");
    assert.equal((await rechargeRows.getByTestId("ledger-delta").textContent())?.trim(), "+200");

    await page.goto(`/app/orders/${orderId}`);
    await page.getByRole("heading", { level: 2, name: zh["pay.paid.title"], exact: true }).waitFor();
    assert.deepEqual(user.errors, [], "no uncaught errors in the user's page");
  });

  test("the admin refunds ¥25 of it: 50 points are taken back", async () => {
    const { page } = admin;
    const refund = page.getByTestId("refund");
    await refund.getByText(fill(zh["admin.refund.refundable"], { amount: "¥100.00" })).waitFor();
    const amount = refund.getByLabel(zh["admin.refund.amount"], { exact: true });
    assert.equal(await amount.inputValue(), "100.00", "prefilled with what is refundable");
    await amount.fill("25");
    await refund.getByText(fill(zh["admin.refund.points"], { points: 50 })).waitFor();

    // The reason is required.
    await refund.getByRole("button", { name: zh["admin.refund.submit"], exact: true }).click();
    const reason = refund.getByLabel(zh["admin.refund.reason"], { exact: true });
    assert.equal(await reason.getAttribute("aria-invalid"), "true");
    await reason.fill("e2e partial refund");
    await refund.getByRole("button", { name: zh["admin.refund.submit"], exact: true }).click();

    const dialog = page.getByRole("dialog", { name: zh["admin.refund.confirmTitle"] });
    await dialog.getByText(fill(zh["admin.refund.points"], { points: 50 })).waitFor();
    await dialog.getByRole("button", { name: zh["admin.refund.confirm"], exact: true }).click();
    await page.getByTestId("action-notice").getByText(zh["admin.refundStatus.succeeded"], { exact: false }).waitFor();
    const refundRow = page.getByTestId("refunds").locator("tbody tr");
    await refundRow.first().waitFor();
    assert.equal(await refundRow.count(), 1);
    await refundRow.getByText("¥25.00", { exact: true }).waitFor();
    await refund.getByText(fill(zh["admin.refund.refundable"], { amount: "¥75.00" })).waitFor();
    assert.equal(await refund.getByLabel(zh["admin.refund.amount"], { exact: true }).inputValue(), "75.00");

    await user.page.goto("/app/points");
    await expectH1(user.page, zh["points.title"]);
    await user.page.getByTestId("points-balance").filter({ hasText: /^150$/ }).waitFor();
    assert.deepEqual(admin.errors, [], "no uncaught errors in the admin's page");
  });

  test("the anomalies page has open/resolved tabs", async () => {
    const { page } = admin;
    await sidebar(page).getByRole("link", { name: zh["shell.nav.anomalies"], exact: true }).click();
    await expectH1(page, zh["admin.anomalies.title"]);
    const open = page.getByRole("tab", { name: zh["admin.anomalies.tab.open"], exact: true });
    const resolved = page.getByRole("tab", { name: zh["admin.anomalies.tab.resolved"], exact: true });
    assert.equal(await open.getAttribute("aria-selected"), "true");
    await page.getByRole("tabpanel").locator('[data-testid="anomalies"], [data-testid="anomalies-empty"]').waitFor();
    await open.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL((url) => url.searchParams.get("status") === "resolved");
    assert.equal(await resolved.getAttribute("aria-selected"), "true");
    await page.getByRole("tabpanel").locator('[data-testid="anomalies"], [data-testid="anomalies-empty"]').waitFor();
    assert.deepEqual(admin.errors, [], "no uncaught errors in the admin's page");
  });

  test("a plain user opening /admin sees the 403 page", async () => {
    const { page } = user;
    for (const path of ["/admin", "/admin/orders"]) {
      await page.goto(path);
      await expectH1(page, zh["forbidden.title"]);
      assert.equal(await page.getByTestId("admin-orders").count(), 0);
    }
    assert.deepEqual(user.errors, [], "no uncaught errors in the user's page");
  });
});
