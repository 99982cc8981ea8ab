declare global {
  namespace Cloudflare {
    interface Env {
      /** The loopback WeChat Pay server started by test/global-setup-wechatpay.ts (test-only binding). */
      TEST_WECHATPAY: import("./context").WechatPayServerInfo;
    }
  }
}

export {};
