/**
 * Browser journey for the live sessions. Mock interview (模拟面试): a fresh account (tier normal) meets the
 * tier gate → recharges ¥50 through the payment simulator (bronze) → starts a 3-question interview (a
 * double click creates one session; its points are held) → sees the first question → answers in the text
 * box (Ctrl+Enter) → feedback streams in as `token` frames and ends in a scored turn with its STAR check →
 * a follow-up or the next question → a reload mid-interview redraws the same question and turns from the
 * server's `state`, and a dropped connection shows the reconnect banner and comes back by itself → every
 * question answered → the report with an overall score and every question → the held points taken once →
 * the history lists it with its score. Meeting assistant (会议助手): another ¥50 makes silver → a meeting
 * with typed lines from both sides → a suggested answer streams in → the meter shows the first billed
 * minute → a reload brings the transcript back → ending shows the summary and the itemised receipt.
 *
 * Needs the app with development settings (dev mailbox, payment simulator, offline AI engine) at
 * E2E_BASE_URL — `npx tsx scripts/e2e.ts` prepares, builds and serves it — and Chromium (CHROMIUM_PATH).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext, Page, WebSocketRoute } from "playwright-core";
import zh from "../../web/i18n/zh-CN.ts";
import {
  assertDevApp,
  expectH1,
  fill,
  launchBrowser,
  me,
  newPage,
  recharge,
  sidebar,
  signUpAndSignIn,
  simulatorConfig,
} from "./support.ts";

/** A question, feedback or the report: the offline engine answers quickly, models would take longer. */
const LIVE_TIMEOUT = 45_000;

interface PublicConfig {
  simulator: boolean;
  pointCosts: { mockInterview: number; meetingPerMinute: number };
}

let browser: Browser;
let config: PublicConfig;

before(async () => {
  browser = await launchBrowser();
  await assertDevApp();
  config = await simulatorConfig<PublicConfig>();
});

after(async () => {
  await browser?.close();
});

/**
 * Routes the page's live-session sockets through Playwright: counts the server's frames by type and lets a
 * test drop the connection (`drop()`), as a flaky network would.
 */
async function proxySockets(page: Page) {
  const frames = new Map<string, number>();
  let latest: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    latest = ws;
    server.onMessage((message) => {
      try {
        const type = (JSON.parse(String(message)) as { type?: unknown }).type;
        if (typeof type === "string") frames.set(type, (frames.get(type) ?? 0) + 1);
      } catch {
        // not JSON: passed on as is
      }
      ws.send(message);
    });
  });
  return {
    frames,
    drop: async () => {
      await latest?.close({ code: 4001, reason: "dropped by the test" });
    },
  };
}

const ROLE = "Frontend Engineer";
const ANSWERS = [
  "In my last project at Acme the checkout page was slow and conversion was dropping (situation). I was asked to " +
    "cut the load time in half within one quarter (task). I profiled the bundle, split the code by route, cached " +
    "the API answers and moved images to a CDN (action). Load time fell from 4.2 s to 1.9 s and conversion rose " +
    "by 12% (result).",
  "I would first clarify the requirements with the product manager, then break the work into small tasks, " +
    "agree on the API with the backend team, write tests for the tricky parts and ship behind a feature flag. " +
    "Last year I did exactly this for a payment form, and we launched two days early with no incidents.",
  "When two teammates disagreed about the state management library, I organised a short spike: each built the " +
    "same screen in a day. We compared the code size and the bugs found in review, picked the simpler one, and " +
    "the team finished the migration in three weeks.",
  "I keep a list of what went well and what did not after each release, and I read the incident reports of " +
    "other teams. That habit helped me reduce our production bugs by about a third over six months.",
];

describe("mock interview journey", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let sockets: Awaited<ReturnType<typeof proxySockets>>;
  let frames: Map<string, number>;

  before(async () => {
    ({ context, page, errors } = await newPage(browser));
    sockets = await proxySockets(page);
    frames = sockets.frames;
    await signUpAndSignIn(page, "e2e-live");
  });

  after(async () => {
    await context?.close();
  });

  test("tier normal: the new-interview page explains the gate with links to recharge and the plans", async () => {
    await sidebar(page).getByRole("link", { name: zh["shell.nav.interviews"], exact: true }).click();
    await expectH1(page, zh["interviews.title"]);
    await page.getByText(zh["interviews.empty"]).waitFor();
    await page.getByRole("link", { name: zh["interviews.new"], exact: true }).first().click();
    await expectH1(page, zh["interviews.new.title"]);
    const gate = page.getByTestId("tier-gate");
    await gate.waitFor();
    await gate.getByRole("link", { name: zh["live.gate.plans"], exact: true }).waitFor();
    await gate.getByRole("link", { name: zh["live.gate.recharge"], exact: true }).waitFor();
    assert.equal(await page.getByLabel(zh["job.form.targetRole"]).count(), 0, "no form below the tier");
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });

  test("bronze: a 3-question interview — question, answer, streamed feedback with a score, reload, report", async () => {
    const cost = config.pointCosts.mockInterview;
    await recharge(page, 50);
    assert.equal((await me(page)).tier, "bronze");
    const before = (await me(page)).pointsBalance;
    assert.ok(before >= cost, `enough points for an interview (${before} ≥ ${cost})`);

    // Dashboard card with the cost from the config, then the form.
    await page.goto("/app");
    await expectH1(page, zh["app.overview.title"]);
    const card = page.getByTestId("card-interview");
    await card.getByText(fill(zh["app.overview.interviewCost"], { points: cost })).waitFor();
    await card.getByRole("link", { name: zh["app.overview.interview.cta"], exact: true }).click();
    await expectH1(page, zh["interviews.new.title"]);
    assert.equal(
      (await page.getByTestId("job-cost").textContent())?.trim(),
      fill(zh["job.cost.points"], { points: cost }),
    );
    assert.equal((await page.getByTestId("job-balance").textContent())?.trim(), String(before));

    // The target role is required; the number of questions is bounded.
    const submit = page.getByRole("button", {
      name: fill(zh["interviews.form.submitCost"], { points: cost }),
      exact: true,
    });
    await submit.click();
    await page.getByText(zh["job.form.targetRoleRequired"], { exact: true }).waitFor();
    await page.getByLabel(zh["job.form.targetRole"]).fill(ROLE);
    await page.getByLabel(zh["interviews.form.count"]).fill("20");
    await submit.click();
    await page.getByText(fill(zh["interviews.form.countRange"], { min: 3, max: 15 }), { exact: true }).waitFor();
    await page.getByLabel(zh["interviews.form.count"]).fill("3");
    await page.getByRole("radio", { name: zh["interviews.style.friendly"], exact: true }).check();
    await page.getByLabel(zh["live.form.language"]).selectOption("en");
    await submit.dblclick();

    await page.waitForURL((url) => /^\/app\/interviews\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
    await expectH1(page, zh["interview.title"]);
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    const list = (await (await page.request.get("/api/v1/mock-interviews")).json()) as { items: { id: string }[] };
    assert.deepEqual(
      list.items.map((s) => s.id),
      [id],
      "the double click created one session",
    );
    assert.equal((await me(page)).pointsBalance, before - cost, "the cost is held at create");

    // The room: connected, the first question of three.
    const room = page.getByTestId("interview-room");
    await room.waitFor({ timeout: LIVE_TIMEOUT });
    await page.getByTestId("live-connection").and(page.locator('[data-connection="open"]')).waitFor();
    await room.getByTestId("question-text").waitFor({ timeout: LIVE_TIMEOUT });
    assert.equal(
      (await room.getByTestId("question-number").textContent())?.trim(),
      fill(zh["interview.questionOf"], { n: 1, total: 3 }),
    );
    await page.getByTestId("live-elapsed").waitFor();

    let answered = 0;
    let reloaded = false;
    const result = page.getByTestId("interview-result");
    for (let round = 0; round < 8; round++) {
      const question = ((await room.getByTestId("question-text").textContent()) ?? "").trim();
      assert.ok(question.length > 0, "a question is shown");
      const turnsBefore = await room.getByTestId("turn").count();
      const tokensBefore = frames.get("token") ?? 0;

      // Answer through the text box, submitted with Ctrl+Enter.
      const box = page.getByLabel(zh["interview.answer.label"], { exact: true });
      await box.fill(ANSWERS[round % ANSWERS.length] ?? "");
      await box.press("Control+Enter");
      answered += 1;

      // Either the report (that was the last answer) or the scored turn and the next question.
      await page.waitForFunction(
        (before) => {
          if (document.querySelector('[data-testid="interview-result"]')) return true;
          const live = document.querySelector('[data-testid="interview-room"]');
          return (
            live?.getAttribute("data-phase") === "asking" &&
            live.querySelectorAll('[data-testid="turn"]').length > before
          );
        },
        turnsBefore,
        { timeout: LIVE_TIMEOUT },
      );
      assert.ok((frames.get("token") ?? 0) > tokensBefore, "feedback streamed in as token frames");
      assert.ok((frames.get("feedback") ?? 0) >= answered, "each answer got its scored feedback");
      if (await result.isVisible()) break;

      // The newest turn (listed first): score, STAR chips, feedback.
      const turn = room.getByTestId("turn").first();
      const score = Number(await turn.getByTestId("turn-score").getAttribute("data-score"));
      assert.ok(Number.isInteger(score) && score >= 0 && score <= 100, `a turn score 0–100 (got ${score})`);
      assert.equal(await turn.getByTestId("star-chips").locator("li").count(), 4, "four STAR chips");
      assert.ok(((await turn.getByTestId("turn-feedback").textContent()) ?? "").trim().length > 0, "feedback text");
      const next = ((await room.getByTestId("question-text").textContent()) ?? "").trim();
      const followUp = await room.getByTestId("current-question").getByTestId("follow-up").isVisible();
      assert.ok(next !== question || followUp, "a follow-up or the next question");

      if (!reloaded) {
        // Reload mid-interview: the same question and the same turns, drawn from the server's state.
        reloaded = true;
        const turns = await room.getByTestId("turn").count();
        await page.reload();
        await expectH1(page, zh["interview.title"]);
        await room.getByTestId("question-text").waitFor({ timeout: LIVE_TIMEOUT });
        assert.equal(((await room.getByTestId("question-text").textContent()) ?? "").trim(), next);
        assert.equal(await room.getByTestId("turn").count(), turns, "the answered turns are back");

        // A dropped connection: the banner, then back by itself with the same question.
        await sockets.drop();
        await page.getByTestId("reconnect-banner").getByText(zh["live.reconnecting"]).waitFor();
        await page.getByTestId("live-connection").and(page.locator('[data-connection="open"]')).waitFor();
        await page.getByTestId("reconnect-banner").waitFor({ state: "hidden" });
        assert.equal(((await room.getByTestId("question-text").textContent()) ?? "").trim(), next);
      }
    }

    // The report: overall score and every question with answer, score and feedback.
    await result.waitFor({ timeout: LIVE_TIMEOUT });
    const overall = Number(await result.getByTestId("overall-score").getAttribute("data-score"));
    assert.ok(Number.isInteger(overall) && overall >= 0 && overall <= 100, `an overall score 0–100 (got ${overall})`);
    assert.equal(await result.getByTestId("result-question").count(), 3, "every question in the report");
    assert.ok(answered >= 3, "three questions (and any follow-ups) answered");
    await result.getByRole("heading", { name: zh["interview.result.title"] }).waitFor();

    // Charged once; the history lists it with its score.
    assert.equal((await me(page)).pointsBalance, before - cost, "the held cost was taken");
    await sidebar(page).getByRole("link", { name: zh["shell.nav.interviews"], exact: true }).click();
    await expectH1(page, zh["interviews.title"]);
    const row = page.getByTestId("live-history").locator(`tr[data-session-id="${id}"]`);
    await row.getByText(zh["live.status.ended"], { exact: true }).waitFor();
    await row.getByText(fill(zh["live.score"], { score: overall }), { exact: true }).waitFor();

    // An ended interview opens on its report.
    await row.getByRole("link").click();
    await page.getByTestId("interview-result").waitFor();
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });

  test("silver: a meeting — a question from the other side, a suggested answer, the meter, the receipt", async () => {
    await recharge(page, 50);
    assert.equal((await me(page)).tier, "silver", "¥100 in total makes silver");
    const before = (await me(page)).pointsBalance;
    const perMinute = config.pointCosts.meetingPerMinute;

    await sidebar(page).getByRole("link", { name: zh["shell.nav.meetings"], exact: true }).click();
    await expectH1(page, zh["meetings.title"]);
    await page.getByText(zh["meetings.empty"]).waitFor();
    await page.getByRole("link", { name: zh["meetings.new"], exact: true }).first().click();
    await expectH1(page, zh["meetings.new.title"]);
    await page
      .getByTestId("meeting-price")
      .getByText(fill(zh["meetings.perMinute"], { points: perMinute }))
      .waitFor();
    await page.getByLabel(zh["meetings.form.title"]).fill("Second-round interview");
    await page.getByLabel(zh["meetings.form.context"]).fill("Tech lead; projects and system design.");
    await page.getByRole("button", { name: zh["meetings.form.submit"], exact: true }).click();
    await page.getByTestId("meeting-room").waitFor({ timeout: LIVE_TIMEOUT });

    // The first minute is billed on connect.
    const meter = page.getByTestId("meeting-meter");
    await meter.locator('[data-meter="minutes"] dd').filter({ hasText: /^1$/ }).waitFor({ timeout: LIVE_TIMEOUT });
    await meter
      .locator('[data-meter="spent"] dd')
      .filter({ hasText: new RegExp(`^${perMinute}$`) })
      .waitFor();

    // A question from the other side, typed; my reply; then push-to-ask for a suggested answer.
    const speakers = page.getByTestId("speaker-toggle");
    await speakers.getByText(zh["meeting.speaker.other"], { exact: true }).click();
    const input = page.getByTestId("transcript-input");
    await input.fill("Can you tell me about a project you are proud of?");
    await input.press("Enter");
    await page.getByTestId("transcript-line").filter({ hasText: "a project you are proud of" }).waitFor();
    await speakers.getByText(zh["meeting.speaker.me"], { exact: true }).click();
    await input.fill("Sure, let me think for a second.");
    await page.getByRole("button", { name: zh["meeting.input.send"], exact: true }).click();
    await page.getByTestId("transcript-line").and(page.locator('[data-speaker="me"]')).waitFor();
    await page.getByTestId("ask-button").click();
    const suggestion = page.getByTestId("suggestion").first();
    await suggestion.waitFor({ timeout: LIVE_TIMEOUT });
    assert.ok(((await suggestion.textContent()) ?? "").trim().length > 0, "a suggested answer");
    assert.ok((frames.get("token") ?? 0) > 0, "it streamed in");

    // Reload: the transcript comes back from the server.
    await page.reload();
    await page.getByTestId("meeting-room").waitFor({ timeout: LIVE_TIMEOUT });
    await page.getByTestId("transcript-line").filter({ hasText: "a project you are proud of" }).waitFor();

    // End: summary and the itemised receipt.
    await page.getByRole("button", { name: zh["meeting.end.confirm"], exact: true }).click();
    const dialog = page.getByRole("dialog", { name: zh["meeting.end.title"] });
    await dialog.getByRole("button", { name: zh["meeting.end.confirm"], exact: true }).click();
    const result = page.getByTestId("meeting-result");
    await result.waitFor({ timeout: LIVE_TIMEOUT });
    await result.getByTestId("meeting-summary").waitFor();
    const receipt = result.getByTestId("receipt");
    await receipt.waitFor({ timeout: LIVE_TIMEOUT });
    const minutes = await receipt.locator("tbody tr").count();
    assert.ok(minutes >= 1, "at least one billed minute");
    const spent = Number((await result.getByTestId("receipt-points").textContent())?.replace(/\D/g, ""));
    assert.equal(spent, minutes * perMinute, "the total is the minutes times the price");
    assert.equal((await me(page)).pointsBalance, before - spent, "the balance went down by the total");
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });
});
