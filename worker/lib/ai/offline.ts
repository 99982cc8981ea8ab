import type { Feature, OfflineHandler, OfflineHandlers } from "./types";

/**
 * Offline handlers registered by the modules that own them (e.g. the analysis engine registers "diagnosis" and
 * "prep" at import time). A gateway created with `offline` handlers uses those first.
 */
const registered: OfflineHandlers = {};

export function registerOfflineHandler(feature: Feature, handler: OfflineHandler): void {
  registered[feature] = handler;
}

export function registeredOfflineHandlers(): Readonly<OfflineHandlers> {
  return registered;
}

export function resolveOfflineHandler(feature: Feature, injected?: OfflineHandlers): OfflineHandler | undefined {
  return injected?.[feature] ?? registered[feature];
}
