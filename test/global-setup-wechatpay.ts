// Runs in Node before the workerd test pool starts: the loopback WeChat Pay server (test/support/wechatpay-server.ts).
// Its URL and the merchant identity reach the Worker as the TEST_WECHATPAY binding (vitest.config.ts).
import type { TestProject } from "vitest/node";
import { startWechatPayServer } from "./support/wechatpay-server";

export default async function setup(project: TestProject) {
  const server = await startWechatPayServer();
  project.provide("wechatpay", server.info);
  return () => server.close();
}
