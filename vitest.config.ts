import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  return {
    plugins: [
      // Function form: runs after globalSetup, so `inject` sees the ports of the loopback mail sinks.
      cloudflareTest(async ({ inject }) => ({
        // The production Worker plus test-only pieces (a queue handler, an echo Durable Object).
        main: "./test/fixtures/worker.ts",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            APP_ENV: "test",
            APP_URL: "http://localhost:8787",
            AUTH_PEPPER: "test-pepper",
            EMAIL_TRANSPORT: "dev-outbox",
            QUEUE_RETRY_BASE_SECONDS: "0",
            TRANSFER_ACCOUNT_NAME: "职麦科技（测试）",
            TRANSFER_BANK_NAME: "测试银行",
            TRANSFER_ACCOUNT_NUMBER: "6222 0000 1111 2222",
            TEST_MIGRATIONS: migrations,
            TEST_MAIL_SINK: inject("mailSink"),
            // The loopback WeChat Pay server (test/global-setup-wechatpay.ts); deliberately not WECHATPAY_*.
            TEST_WECHATPAY: inject("wechatpay"),
            // The loopback OpenAI-compatible server (test/global-setup-openai.ts); deliberately not OPENAI_*.
            TEST_OPENAI_URL: inject("openaiUrl"),
          },
          durableObjects: { ECHO: { className: "EchoSession", useSQLite: true } },
        },
      })),
    ],
    test: {
      include: ["test/**/*.test.ts"],
      exclude: ["test/e2e/**", "node_modules/**"],
      globalSetup: [
        "./test/global-setup.ts",
        "./test/global-setup-wechatpay.ts",
        "./test/global-setup-openai.ts",
        "./test/global-setup-resumes.ts",
      ],
      setupFiles: ["./test/setup.ts"],
      testTimeout: 30_000,
      silent: "passed-only" as const,
    },
  };
});
