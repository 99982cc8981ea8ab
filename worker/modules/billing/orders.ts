import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { type Order as OrderRow, orders, plans } from "../../db/schema";
import { afterCursor, decodeCursor, pageOf } from "../../lib/cursor";
import { AppError } from "../../lib/errors";
import { simulatorCodeUrl } from "../../lib/wechatpay";
import { getBusinessConfig } from "./config";
import { type Gateway, transferAccount, wechatGateway } from "./gateway";
import type { CreateOrderBody, Order } from "./schemas";

const ALPHANUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

function randomCode(length: number, alphabet = ALPHANUM): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
  let out = "";
  // Rejection sampling keeps every symbol equally likely.
  for (const byte of bytes) {
    if (byte < 256 - (256 % alphabet.length)) out += alphabet[byte % alphabet.length];
    if (out.length === length) return out;
  }
  return out + randomCode(length - out.length, alphabet);
}

/** Unguessable, `^[0-9A-Za-z_-]{6,32}$` as WeChat Pay requires: "ZM" + 22 random characters (~128 bits). */
export const newOutTradeNo = () => `ZM${randomCode(22)}`;
/** What the payer writes on a bank transfer: short, upper case, no look-alike characters. */
const newTransferReference = () => `ZM${randomCode(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}`;

type OrderEnv = Env & Parameters<typeof wechatGateway>[0];

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** API.md `order`. */
export function toOrder(row: OrderRow, env: OrderEnv): Order {
  const account = row.provider === "transfer" ? transferAccount(env) : null;
  return {
    id: row.id,
    outTradeNo: row.outTradeNo,
    kind: row.kind === "plan" ? "plan" : "recharge",
    planCode: row.planCode ?? null,
    amountFen: row.amountFen,
    points: row.points,
    status: row.status,
    provider: row.provider,
    codeUrl: row.codeUrl,
    transfer: account && row.transferReference ? { reference: row.transferReference, ...account } : null,
    expiresAt: iso(row.expiresAt),
    paidAt: iso(row.paidAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/** What is being bought: price, points and plan days fixed now, so later config edits do not change the sale. */
async function priceOf(db: Db, body: CreateOrderBody) {
  const config = await getBusinessConfig(db);
  if (body.kind === "recharge") {
    const { minFen, maxFen } = config.recharge;
    const issue = (message: string) =>
      new AppError("VALIDATION_FAILED", { details: [{ path: "amountFen", message, code: "out_of_range" }] });
    if (body.amountFen < minFen || body.amountFen > maxFen) throw issue("recharge.outOfRange");
    if (body.amountFen % 100 !== 0) throw issue("recharge.wholeYuan");
    return {
      amountFen: body.amountFen,
      points: (body.amountFen / 100) * config.pointsPerYuan,
      planCode: null,
      planDays: null,
    };
  }
  const plan = await db.query.plans.findFirst({ where: and(eq(plans.code, body.planCode), eq(plans.active, true)) });
  if (!plan) throw new AppError("VALIDATION_FAILED", { details: [{ path: "planCode", message: "plan.unavailable" }] });
  return { amountFen: plan.priceFen, points: plan.points, planCode: plan.code, planDays: plan.days };
}

function describe(order: Pick<OrderRow, "kind" | "planCode" | "amountFen">): string {
  if (order.kind === "plan")
    return `职麦会员 ${{ week: "周卡", month: "月卡", quarter: "季卡" }[order.planCode ?? "week"]}`;
  return `职麦积分充值 ¥${(order.amountFen / 100).toFixed(2)}`;
}

export async function findUserOrder(db: Db, userId: string, orderId: string): Promise<OrderRow> {
  const row = await db.query.orders.findFirst({ where: and(eq(orders.id, orderId), eq(orders.userId, userId)) });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/**
 * Creates an order, once per (user, Idempotency-Key): a replay answers the same order. WeChat Pay orders
 * get their QR code URL from WeChat Pay (or the simulator) and move to `paying`; transfers wait for the bank.
 */
export async function createOrder(
  db: Db,
  env: OrderEnv,
  input: { userId: string; idempotencyKey: string; body: CreateOrderBody; now: Date },
): Promise<{ order: OrderRow; created: boolean }> {
  const existing = await db.query.orders.findFirst({
    where: and(eq(orders.userId, input.userId), eq(orders.idempotencyKey, input.idempotencyKey)),
  });
  if (existing) return { order: await ensurePaying(db, env, existing, input.now), created: false };

  const { body } = input;
  const price = await priceOf(db, body);
  const gateway = body.payMethod === "wechatpay" ? wechatGateway(env) : null;
  const account = body.payMethod === "transfer" ? transferAccount(env) : null;
  if (!gateway && !account) throw new AppError("PAYMENT_NOT_CONFIGURED");

  const config = await getBusinessConfig(db);
  const id = newId();
  const inserted = await db
    .insert(orders)
    .values({
      id,
      userId: input.userId,
      outTradeNo: newOutTradeNo(),
      kind: body.kind,
      planCode: price.planCode,
      planDays: price.planDays,
      amountFen: price.amountFen,
      points: price.points,
      provider: gateway?.provider ?? "transfer",
      idempotencyKey: input.idempotencyKey,
      transferReference: account ? newTransferReference() : null,
      expiresAt: gateway ? new Date(input.now.getTime() + config.orderExpiryMinutes * 60_000) : null,
      status: account ? "paying" : "created",
      createdAt: input.now,
    })
    .onConflictDoNothing()
    .returning();
  // Lost a race with the same key: answer the winner's order.
  const order =
    inserted[0] ??
    (await db.query.orders.findFirst({
      where: and(eq(orders.userId, input.userId), eq(orders.idempotencyKey, input.idempotencyKey)),
    }));
  if (!order) throw new AppError("CONFLICT");
  return { order: await ensurePaying(db, env, order, input.now), created: inserted.length > 0 };
}

/** Asks WeChat Pay (or the simulator) for the QR code of a `created` order and moves it to `paying`. */
async function ensurePaying(db: Db, env: OrderEnv, order: OrderRow, now: Date): Promise<OrderRow> {
  if (order.status !== "created" || order.provider === "transfer") return order;
  const gateway = wechatGateway(env);
  if (!gateway || gateway.provider !== order.provider) throw new AppError("PAYMENT_NOT_CONFIGURED");
  let codeUrl: string;
  try {
    codeUrl = await requestCodeUrl(gateway, order);
  } catch (error) {
    await db
      .update(orders)
      .set({ status: "failed", updatedAt: now })
      .where(and(eq(orders.id, order.id), eq(orders.status, "created")));
    throw new AppError("PAYMENT_PROVIDER_ERROR", { cause: error });
  }
  const [updated] = await db
    .update(orders)
    .set({ status: "paying", codeUrl, updatedAt: now })
    .where(and(eq(orders.id, order.id), eq(orders.status, "created")))
    .returning();
  return updated ?? (await db.query.orders.findFirst({ where: eq(orders.id, order.id) })) ?? order;
}

async function requestCodeUrl(gateway: Gateway, order: OrderRow): Promise<string> {
  if (gateway.provider === "simulator") return simulatorCodeUrl(order.outTradeNo);
  const { codeUrl } = await gateway.client.createNativeOrder({
    outTradeNo: order.outTradeNo,
    description: describe(order),
    amountFen: order.amountFen,
    timeExpire: order.expiresAt ?? new Date(Date.now() + 30 * 60_000),
    attach: order.id,
  });
  return codeUrl;
}

/** The user's orders, newest first, by a (createdAt, id) cursor on the (user_id, created_at) index. */
export async function listOrders(db: Db, userId: string, query: { cursor?: string; limit: number }) {
  const cursor = decodeCursor(query.cursor);
  const rows = await db
    .select()
    .from(orders)
    .where(and(eq(orders.userId, userId), afterCursor(orders.createdAt, orders.id, cursor)))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(query.limit + 1);
  return pageOf(rows, query.limit, (row) => row);
}

/** Closes an unpaid order (user cancel or expiry). Answers the order as it is afterwards. */
export async function closeOrder(db: Db, env: OrderEnv, order: OrderRow, now: Date): Promise<OrderRow> {
  if (order.status !== "created" && order.status !== "paying") return order;
  const gateway = order.provider === "wechatpay" ? wechatGateway(env) : null;
  if (gateway?.provider === "wechatpay" && order.status === "paying") {
    // WeChat Pay first: an order it already took money for must not be closed here.
    await gateway.client.closeOrder(order.outTradeNo).catch((error: { code?: string }) => {
      if (error.code !== "ORDER_CLOSED") throw error;
    });
  }
  const [closed] = await db
    .update(orders)
    .set({ status: "closed", updatedAt: now })
    .where(and(eq(orders.id, order.id), inArray(orders.status, ["created", "paying"])))
    .returning();
  return closed ?? (await db.query.orders.findFirst({ where: eq(orders.id, order.id) })) ?? order;
}

export const orderByOutTradeNo = (db: Db, outTradeNo: string) =>
  db.query.orders.findFirst({ where: eq(orders.outTradeNo, outTradeNo) });
