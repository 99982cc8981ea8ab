import { isDevelopment } from "../../lib/env";
import {
  createWechatPayClient,
  loadWechatPayConfig,
  type NotificationInput,
  parseNotification,
  SIMULATOR_APPID,
  SIMULATOR_MCHID,
  simulatorVerifierConfig,
  type WechatPayClient,
} from "../../lib/wechatpay";

/** How WeChat Pay orders are paid here: the real merchant account, or the development simulator. */
export type Gateway =
  | { provider: "wechatpay"; client: WechatPayClient; mchid: string; appid: string }
  | { provider: "simulator"; mchid: string; appid: string };

type GatewayEnv = Parameters<typeof loadWechatPayConfig>[0] & Pick<Env, "APP_ENV">;

/** Null when WeChat Pay is not configured outside development: callers answer PAYMENT_NOT_CONFIGURED. */
export function wechatGateway(
  env: GatewayEnv,
  options: Parameters<typeof createWechatPayClient>[1] = {},
): Gateway | null {
  const config = loadWechatPayConfig(env);
  if (config) {
    return {
      provider: "wechatpay",
      client: createWechatPayClient(config, options),
      mchid: config.mchid,
      appid: config.appid,
    };
  }
  if (isDevelopment(env)) return { provider: "simulator", mchid: SIMULATOR_MCHID, appid: SIMULATOR_APPID };
  return null;
}

/** Verifies and decrypts a notification with the merchant's WeChat Pay keys, or the simulator's in development. */
export async function parseGatewayNotification(gateway: Gateway, env: GatewayEnv, input: NotificationInput) {
  if (gateway.provider === "wechatpay") return gateway.client.parseNotification(input);
  const simulator = await simulatorVerifierConfig(env);
  if (!simulator) throw new Error("The payment simulator only runs in development");
  return parseNotification(input, simulator);
}

/** Bank details for corporate transfers (对公转账); null when not configured. */
export function transferAccount(
  env: Pick<Env, "TRANSFER_ACCOUNT_NAME" | "TRANSFER_BANK_NAME" | "TRANSFER_ACCOUNT_NUMBER">,
) {
  const accountName = env.TRANSFER_ACCOUNT_NAME?.trim();
  const bankName = env.TRANSFER_BANK_NAME?.trim();
  const accountNumber = env.TRANSFER_ACCOUNT_NUMBER?.trim();
  return accountName && bankName && accountNumber ? { accountName, bankName, accountNumber } : null;
}
