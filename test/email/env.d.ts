declare global {
  namespace Cloudflare {
    interface Env {
      /** Ports and credentials of the loopback mail sinks started by test/global-setup.ts. */
      TEST_MAIL_SINK: import("./sink-context").MailSinkInfo;
    }
  }
}

export {};
