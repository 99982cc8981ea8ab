/**
 * Token prices by model-name prefix, in yuan per million tokens (which is also micro-yuan per token).
 * Approximate list prices, for budgeting dashboards, not invoices; edit here, or per feature in the admin
 * override (`app_config` key `ai.<feature>`, field `price`). The longest matching prefix wins; unknown models
 * cost 0 (and say so in the log), offline calls always cost 0.
 */
export type ModelPrice = { inputPerMTokens: number; outputPerMTokens: number };

export const PRICE_TABLE: Record<string, ModelPrice> = {
  // DeepSeek
  "deepseek-reasoner": { inputPerMTokens: 4, outputPerMTokens: 16 },
  "deepseek-chat": { inputPerMTokens: 2, outputPerMTokens: 8 },
  deepseek: { inputPerMTokens: 2, outputPerMTokens: 8 },
  // Qwen (DashScope)
  "qwen-max": { inputPerMTokens: 2.4, outputPerMTokens: 9.6 },
  "qwen-plus": { inputPerMTokens: 0.8, outputPerMTokens: 2 },
  "qwen-turbo": { inputPerMTokens: 0.3, outputPerMTokens: 0.6 },
  "qwen-long": { inputPerMTokens: 0.5, outputPerMTokens: 2 },
  qwen: { inputPerMTokens: 0.8, outputPerMTokens: 2 },
  // Moonshot / Kimi
  "moonshot-v1-8k": { inputPerMTokens: 2, outputPerMTokens: 10 },
  "moonshot-v1-32k": { inputPerMTokens: 5, outputPerMTokens: 20 },
  "moonshot-v1-128k": { inputPerMTokens: 10, outputPerMTokens: 30 },
  "kimi-k2": { inputPerMTokens: 4, outputPerMTokens: 16 },
  // Zhipu GLM
  "glm-4-flash": { inputPerMTokens: 0, outputPerMTokens: 0 },
  "glm-4-air": { inputPerMTokens: 0.5, outputPerMTokens: 0.5 },
  "glm-4-plus": { inputPerMTokens: 5, outputPerMTokens: 5 },
  "glm-4": { inputPerMTokens: 5, outputPerMTokens: 5 },
  // OpenAI (USD list price × ~7.2)
  "gpt-4o-mini": { inputPerMTokens: 1.08, outputPerMTokens: 4.32 },
  "gpt-4o": { inputPerMTokens: 18, outputPerMTokens: 72 },
  "gpt-4.1-nano": { inputPerMTokens: 0.72, outputPerMTokens: 2.88 },
  "gpt-4.1-mini": { inputPerMTokens: 2.88, outputPerMTokens: 11.52 },
  "gpt-4.1": { inputPerMTokens: 14.4, outputPerMTokens: 57.6 },
  // Workers AI (neurons converted at list price, rounded up)
  "@cf/meta/llama-3.3-70b": { inputPerMTokens: 2.2, outputPerMTokens: 16 },
  "@cf/meta/llama-3.1-8b": { inputPerMTokens: 0.2, outputPerMTokens: 1.5 },
  "@cf/": { inputPerMTokens: 2, outputPerMTokens: 10 },
};

export function priceFor(model: string, table: Record<string, ModelPrice> = PRICE_TABLE): ModelPrice | undefined {
  const name = model.toLowerCase();
  let best: string | undefined;
  for (const prefix of Object.keys(table)) {
    if (name.startsWith(prefix.toLowerCase()) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  return best === undefined ? undefined : table[best];
}

/** Cost in micro-yuan (millionths of a yuan), rounded up so that a paid call never records 0. */
export function costMicroYuan(price: ModelPrice | undefined, inputTokens: number, outputTokens: number): number {
  if (!price) return 0;
  return Math.ceil(inputTokens * price.inputPerMTokens + outputTokens * price.outputPerMTokens);
}

/**
 * Rough token count for text a provider did not count (streams without usage): one token per CJK character,
 * one per four other characters. Only used when the provider reports nothing.
 */
export function estimateTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const char of text) {
    if (/[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(char)) cjk++;
    else other++;
  }
  return cjk + Math.ceil(other / 4);
}
