/** Bump ENGINE_VERSION when the code changes results; RUBRIC_VERSION when weights, thresholds or the bank change. */
export const ENGINE_VERSION = "1.0.0";
export const RUBRIC_VERSION = "2025.1";
export const ENGINE_NAME = "offline";
export const PROMPT_VERSION = "offline";
