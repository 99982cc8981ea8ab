// Runs in Node before the workerd pool: generates the résumé PDFs (scripts/generate-resume-fixtures.ts) and
// hands them to the tests as base64 via `provide` (workerd tests cannot read files).
/// <reference path="./resumes/provided.d.ts" />
import type { TestProject } from "vitest/node";
import { generateFixtures } from "../scripts/generate-resume-fixtures";

export default async function setup(project: TestProject) {
  const fixtures = await generateFixtures();
  project.provide(
    "resumeFixtures",
    Object.fromEntries(Object.entries(fixtures).map(([name, bytes]) => [name, Buffer.from(bytes).toString("base64")])),
  );
}
