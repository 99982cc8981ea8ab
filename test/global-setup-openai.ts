// Runs in Node before the workerd test pool starts: the loopback OpenAI-compatible server
// (test/support/openai-server.ts). Its base URL reaches the Worker as the TEST_OPENAI_URL binding.
import type { TestProject } from "vitest/node";
import { startOpenAiServer } from "./support/openai-server";

export default async function setup(project: TestProject) {
  const server = await startOpenAiServer();
  project.provide("openaiUrl", server.info.baseUrl);
  return () => server.close();
}
