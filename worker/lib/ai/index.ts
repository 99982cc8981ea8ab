// The AI gateway: one entry point for every model call (offline engine, OpenAI-compatible endpoints, Workers AI).
export {
  AI_OVERRIDE_TTL_MS,
  type AiFeatureOverride,
  AiFeatureOverrideSchema,
  aiConfigKey,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WORKERS_AI_MODEL,
  getAiFeatureOverride,
  invalidateAiOverrideCache,
  readAiFeatureOverride,
  selectedEngine,
} from "./config";
export { AiError, type AiErrorCode, isAiError } from "./errors";
export { type AiGateway, createAiGateway } from "./gateway";
export { registeredOfflineHandlers, registerOfflineHandler } from "./offline";
export { costMicroYuan, estimateTokens, type ModelPrice, PRICE_TABLE, priceFor } from "./pricing";
export { currentPrompt, type FeaturePrompts, findPrompt, PROMPTS, type PromptVersion, renderPrompt } from "./prompts";
export * from "./types";
