import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  return {
    plugins: [
      cloudflareTest(async ({ inject }) => ({
        main: "./test/fixtures/worker.ts",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            APP_ENV: "test",
            APP_URL: "http://localhost:8787",
            AUTH_PEPPER: "test-pepper",
            EMAIL_TRANSPORT: "dev-outbox",
            QUEUE_RETRY_BASE_SECONDS: "0",
            TEST_MIGRATIONS: migrations,
            TEST_MAIL_SINK: inject("mailSink"),
            TEST_WECHATPAY: inject("wechatpay"),
          },
          durableObjects: { ECHO: { className: "EchoSession", useSQLite: true } },
        },
      })),
    ],
    test: {
      include: ["test/**/*.test.ts"],
      exclude: ["test/e2e/**", "node_modules/**"],
      globalSetup: ["./test/global-setup.ts", "./test/global-setup-wechatpay.ts"],
      setupFiles: ["./test/setup.ts"],
      testTimeout: 30_000,
    },
  };
});
