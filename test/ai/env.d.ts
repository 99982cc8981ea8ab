declare global {
  namespace Cloudflare {
    interface Env {
      /** Base URL of the loopback OpenAI-compatible server (test/global-setup-openai.ts); test-only binding. */
      TEST_OPENAI_URL: string;
    }
  }
}

export {};
