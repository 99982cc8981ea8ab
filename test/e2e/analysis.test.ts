/**
 * Browser journey for the résumé features: a fresh account recharges ¥10 through the payment simulator →
 * uploads a PDF résumé the test writes itself (a non-PDF is refused in the browser first) → starts a
 * diagnosis with a target role and a job description (a double click submits once) → the job page follows
 * the stages and turns into the report by itself (score, dimension radar, issues quoting the résumé,
 * keywords) → the points balance went down by the configured cost. Then: a short balance is refused with
 * a recharge link; a new version of the same résumé shows the score change; the bronze report download
 * asks first and charges once; an interview-question prediction groups its questions by category.
 *
 * Needs the app with development settings (dev mailbox, payment simulator, offline AI engine) at
 * E2E_BASE_URL — `npx tsx scripts/e2e.ts` prepares, builds and serves it — and Chromium (CHROMIUM_PATH).
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
  me,
  newPage,
  recharge,
  sidebar,
  signUpAndSignIn,
  simulatorConfig,
} from "./support.ts";

const JOB_TIMEOUT = 90_000;

interface PublicConfig {
  simulator: boolean;
  pointsPerYuan: number;
  pointCosts: { diagnosis: number; prediction: number; reportDownload: number };
}

// ---------------------------------------------------------------------------------------------------------
// A tiny one-page PDF with real (extractable) text: Helvetica, WinAnsi, one content stream, exact xref.

const pdfText = (s: string) => s.replace(/\\/g, "\\\\").replace(/\(/g, "\\(").replace(/\)/g, "\\)");

function makePdf(lines: readonly string[]): Buffer {
  const stream = ["BT", "/F1 10 Tf", "14 TL", "56 800 Td", ...lines.map((l) => `(${pdfText(l)}) Tj T*`), "ET"].join(
    "\n",
  );
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const RESUME_NAME = "jane-doe-resume.pdf";

/** First version: vague duties, few numbers, mis-cased technology names. */
const RESUME_V1 = [
  "Jane Doe",
  "Email: jane.doe@example.com | Phone: +1 555 0100 | Shanghai",
  "",
  "Summary",
  "Frontend developer who likes building web pages.",
  "",
  "Experience",
  "Web Developer, Acme Corp, 2019 - 2024",
  "- responsible for the company website",
  "- worked on pages with javascript and react",
  "- helped the team with bugs and meetings",
  "- did code reviews",
  "",
  "Education",
  "B.S. Computer Science, State University, 2015 - 2019",
  "",
  "Skills",
  "javascript, react, html, css, git",
];

/** Second version of the same file: quantified achievements, action verbs, the job's keywords. */
const RESUME_V2 = [
  "Jane Doe",
  "Email: jane.doe@example.com | Phone: +1 555 0100 | Shanghai",
  "",
  "Summary",
  "Frontend engineer with 5 years of experience building React and TypeScript applications for 2 million users.",
  "",
  "Experience",
  "Senior Frontend Engineer, Acme Corp, 2019 - 2024",
  "- Led the migration of 120 pages from JavaScript to TypeScript, cutting production errors by 45%.",
  "- Built a React component library used by 6 teams, reducing delivery time by 30%.",
  "- Improved page load time by 40% for 2 million monthly users through code splitting and caching.",
  "- Mentored 4 junior engineers and introduced code review guidelines adopted by 3 teams.",
  "",
  "Projects",
  "Design system: Designed and shipped 60 accessible components with TypeScript, React and Storybook.",
  "",
  "Education",
  "B.S. Computer Science, State University, 2015 - 2019",
  "",
  "Skills",
  "TypeScript, JavaScript, React, Node.js, HTML, CSS, Git, Kubernetes, Docker",
];

const TARGET_ROLE = "Frontend Engineer";
const JOB_DESCRIPTION =
  "We are hiring a frontend engineer: 3+ years of React and TypeScript, performance optimisation, " +
  "component libraries, testing, Kubernetes and Docker experience, and mentoring.";

// ---------------------------------------------------------------------------------------------------------

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

/** Uploads `lines` as a PDF named `name` on /app/resumes and waits for the success message. */
async function uploadResume(page: Page, name: string, lines: readonly string[]): Promise<void> {
  await page.goto("/app/resumes");
  await expectH1(page, zh["resumes.title"]);
  await page
    .getByLabel(zh["resumes.upload.choose"], { exact: true })
    .setInputFiles({ name, mimeType: "application/pdf", buffer: makePdf(lines) });
  await page.getByText(fill(zh["resumes.upload.done"], { name }), { exact: true }).waitFor({ timeout: 30_000 });
}

/** On the new-diagnosis page: target role and JD, submit (double click), wait for the report. */
async function diagnose(page: Page): Promise<{ id: string; score: number }> {
  await expectH1(page, zh["diagnoses.new.title"]);
  await page.getByLabel(zh["job.form.targetRole"]).fill(TARGET_ROLE);
  await page.getByLabel(zh["job.form.jd"]).fill(JOB_DESCRIPTION);
  await page
    .getByRole("button", {
      name: fill(zh["job.form.submitDiagnosisCost"], { points: config.pointCosts.diagnosis }),
      exact: true,
    })
    .dblclick();
  await page.waitForURL((url) => /^\/app\/diagnoses\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  await expectH1(page, zh["diagnosis.title"]);
  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  const report = page.getByTestId("diagnosis-report");
  await report.waitFor({ timeout: JOB_TIMEOUT });
  const score = Number((await report.getByTestId("diagnosis-score").textContent())?.trim());
  assert.ok(Number.isInteger(score) && score >= 0 && score <= 100, `a score 0–100 (got ${score})`);
  return { id, score };
}

describe("résumé diagnosis journey", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let firstScore = 0;

  before(async () => {
    ({ context, page, errors } = await newPage(browser));
    await signUpAndSignIn(page, "e2e-ai");
  });

  after(async () => {
    await context?.close();
  });

  test("recharge ¥10 → upload a PDF → diagnose with a target role → report with score and issues → balance −cost", async () => {
    const cost = config.pointCosts.diagnosis;
    // ¥10 gives 20 points; recharge more when a diagnosis costs more than that.
    await recharge(page, cost <= 10 * config.pointsPerYuan ? 10 : cost <= 50 * config.pointsPerYuan ? 50 : 100);

    // Dashboard: the entry cards with their costs from the config.
    await page.goto("/app");
    await expectH1(page, zh["app.overview.title"]);
    await page
      .getByTestId("card-diagnosis")
      .getByText(fill(zh["app.overview.cost"], { points: cost }))
      .waitFor();
    await page
      .getByTestId("card-prep")
      .getByText(fill(zh["app.overview.cost"], { points: config.pointCosts.prediction }))
      .waitFor();

    // Résumés through the sidebar; empty at first.
    await sidebar(page).getByRole("link", { name: zh["shell.nav.resumes"], exact: true }).click();
    await expectH1(page, zh["resumes.title"]);
    await page.getByText(zh["resumes.list.empty"]).waitFor();

    // Not a PDF: refused in the browser with a localized message.
    const picker = page.getByLabel(zh["resumes.upload.choose"], { exact: true });
    await picker.setInputFiles({ name: "resume.txt", mimeType: "text/plain", buffer: Buffer.from("Jane Doe\n") });
    await page.getByText(zh["resumes.upload.notPdf"], { exact: true }).waitFor();

    // A real PDF: uploaded with progress, then listed.
    await uploadResume(page, RESUME_NAME, RESUME_V1);
    await page.getByTestId("resumes").getByRole("link", { name: RESUME_NAME, exact: true }).waitFor();

    // The détail page shows what was extracted.
    await page.getByTestId("resumes").getByRole("link", { name: RESUME_NAME, exact: true }).click();
    await expectH1(page, RESUME_NAME);
    await page.getByTestId("resume-sections").waitFor();
    assert.match((await page.getByTestId("resume-text").textContent()) ?? "", /Acme Corp/);

    // Start a diagnosis from the résumé; cost and balance are shown.
    const before = (await me(page)).pointsBalance;
    assert.ok(before >= cost, `enough points for a diagnosis (${before} ≥ ${cost})`);
    await page.getByRole("link", { name: zh["resumes.action.diagnose"], exact: true }).click();
    await expectH1(page, zh["diagnoses.new.title"]);
    assert.equal(
      (await page.getByTestId("job-cost").textContent())?.trim(),
      fill(zh["job.cost.points"], { points: cost }),
    );
    assert.equal((await page.getByTestId("job-balance").textContent())?.trim(), String(before));
    const { id, score } = await diagnose(page);
    firstScore = score;

    // The report: radar, at least one issue quoting the résumé with a suggestion, keywords, summary.
    const report = page.getByTestId("diagnosis-report");
    const issues = report.getByTestId("issue");
    assert.ok((await issues.count()) >= 1, "at least one issue");
    const quotes = (await issues.locator("blockquote").allTextContents()).map((q) =>
      q.replace(/[“”]/g, "").replace(/\s+/g, " ").trim().toLowerCase(),
    );
    assert.ok(quotes.length > 0 && quotes.every((q) => q.length > 0), "issues quote evidence");
    const resumeText = RESUME_V1.join(" ").replace(/\s+/g, " ").toLowerCase();
    assert.ok(
      quotes.some((q) => resumeText.includes(q.slice(0, 16))),
      `an issue quotes the résumé itself (${JSON.stringify(quotes)})`,
    );
    assert.ok(((await report.getByTestId("diagnosis-summary").textContent()) ?? "").trim().length > 0);
    if ((await report.getByTestId("dimensions").locator("li").count()) >= 3) {
      await report.getByRole("img", { name: zh["diagnosis.radar"] }).waitFor();
    }
    await report.getByTestId("keywords-missing").waitFor();
    await report.getByTestId("score-change-none").waitFor();

    // Charged exactly the configured cost, once (the double click made one job).
    assert.equal((await me(page)).pointsBalance, before - cost, "balance decreased by the diagnosis cost");
    const list = await page.request.get("/api/v1/diagnoses");
    const jobs = ((await list.json()) as { items: { id: string }[] }).items;
    assert.deepEqual(
      jobs.map((j) => j.id),
      [id],
      "one diagnosis",
    );
    await sidebar(page).getByRole("link", { name: zh["shell.nav.points"], exact: true }).click();
    await expectH1(page, zh["points.title"]);
    await page
      .getByTestId("points-balance")
      .filter({ hasText: new RegExp(`^${before - cost}$`) })
      .waitFor();

    // History lists it with its score.
    await sidebar(page).getByRole("link", { name: zh["shell.nav.diagnoses"], exact: true }).click();
    await expectH1(page, zh["diagnoses.title"]);
    const row = page.getByTestId("job-history").locator(`tr[data-job-id="${id}"]`);
    await row.getByText(zh["job.status.succeeded"], { exact: true }).waitFor();
    await row.getByText(String(score), { exact: true }).waitFor();
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });

  test("a short balance is shown and refused with a link to recharge", async () => {
    const current = (await me(page)).pointsBalance;
    if (current >= config.pointCosts.diagnosis) return; // the ¥10 left enough for another one
    await page.goto("/app/diagnoses/new");
    await expectH1(page, zh["diagnoses.new.title"]);
    await page.getByTestId("cost-notice").getByText(zh["job.cost.short"]).waitFor();
    await page
      .getByRole("button", {
        name: fill(zh["job.form.submitDiagnosisCost"], { points: config.pointCosts.diagnosis }),
        exact: true,
      })
      .click();
    const alert = page.getByRole("alert").filter({ hasText: zh["job.form.shortTitle"] });
    await alert.waitFor();
    await alert.getByRole("link", { name: zh["job.cost.recharge"], exact: true }).waitFor();
    assert.equal((await me(page)).pointsBalance, current, "nothing charged");
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });

  test("a new version of the same résumé shows the score change; the report download asks first and charges once", async () => {
    await recharge(page, 50);
    await uploadResume(page, RESUME_NAME, RESUME_V2);
    await page.getByRole("link", { name: zh["resumes.action.diagnose"], exact: true }).click();
    const { score } = await diagnose(page);

    const change = page.getByTestId("score-change");
    await change.waitFor();
    assert.equal(Number(await change.getByTestId("score-delta").getAttribute("data-delta")), score - firstScore);
    await change.getByText(new RegExp(zh["diagnosis.delta.vsSame"].slice(0, 6))).waitFor();

    // Bronze after paying ¥60 in total: the report costs points, confirmed first, charged once.
    const reportCost = config.pointCosts.reportDownload;
    if ((await me(page)).tier !== "bronze" || reportCost === 0) return;
    const before = (await me(page)).pointsBalance;
    for (const round of [1, 2]) {
      await page
        .getByRole("button", { name: fill(zh["report.download.paid"], { points: reportCost }), exact: true })
        .click();
      const dialog = page.getByRole("dialog", { name: zh["report.confirm.title"] });
      await dialog.waitFor();
      await dialog
        .getByText(fill(zh["report.confirm.balance"], { balance: round === 1 ? before : before - reportCost }))
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 30_000 }),
        dialog
          .getByRole("button", { name: fill(zh["report.confirm.ok"], { points: reportCost }), exact: true })
          .click(),
      ]);
      assert.match(download.suggestedFilename(), /\.pdf$/);
      await dialog.waitFor({ state: "hidden" });
      assert.equal((await me(page)).pointsBalance, before - reportCost, `charged once (download ${round})`);
    }
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });

  test("interview prep: questions by category with why-asked and expandable answer outlines", async () => {
    if ((await me(page)).pointsBalance < config.pointCosts.prediction) await recharge(page, 50);
    await sidebar(page).getByRole("link", { name: zh["shell.nav.preps"], exact: true }).click();
    await expectH1(page, zh["preps.title"]);
    await page.getByText(zh["preps.empty"]).waitFor();
    await page.getByRole("link", { name: zh["preps.new"], exact: true }).first().click();
    await expectH1(page, zh["preps.new.title"]);

    // The target role is required for a prediction.
    const submit = page.getByRole("button", {
      name: fill(zh["job.form.submitPrepCost"], { points: config.pointCosts.prediction }),
      exact: true,
    });
    await submit.click();
    await page.getByText(zh["job.form.targetRoleRequired"], { exact: true }).waitFor();
    await page.getByLabel(zh["job.form.targetRole"]).fill(TARGET_ROLE);
    await page.getByLabel(zh["job.form.company"]).fill("Example Ltd");
    await submit.click();

    await page.waitForURL(
      (url) => /^\/app\/interview-preps\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"),
    );
    await expectH1(page, zh["prep.title"]);
    const result = page.getByTestId("prep-result");
    await result.waitFor({ timeout: JOB_TIMEOUT });
    const questions = result.getByTestId("prep-question");
    assert.ok((await questions.count()) >= 1, "at least one question");
    const categories = await result
      .locator("section[data-category]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-category")));
    assert.ok(categories.length >= 1);
    const order = ["behavioral", "technical", "project", "hr"];
    assert.deepEqual(
      categories,
      order.filter((c) => categories.includes(c)),
      "categories in a fixed order",
    );
    const first = questions.first();
    await first.getByText(zh["prep.why"]).waitFor();
    await first.getByText(zh["prep.showOutline"], { exact: true }).click();
    await first.getByText(zh["prep.hideOutline"], { exact: true }).waitFor();
    assert.deepEqual(errors, [], "no uncaught errors in the page");
  });
});
