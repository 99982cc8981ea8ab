import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { authConfigQueryOptions } from "../api-client/auth.ts";
import { useI18n } from "../i18n/index.tsx";

/**
 * Cloudflare Turnstile for register and forgot-password. Rendered only when `GET /auth/config`
 * answers a site key; the script is loaded on demand then (never on other pages).
 * CSP: web/public/_headers allows https://challenges.cloudflare.com in script-src and frame-src.
 */

interface TurnstileApi {
  render(
    el: HTMLElement,
    options: {
      sitekey: string;
      language?: string;
      action?: string;
      callback?: (token: string) => void;
      "expired-callback"?: () => void;
      "error-callback"?: () => void;
    },
  ): string;
  reset(widgetId?: string): void;
  remove(widgetId?: string): void;
}

declare global {
  interface Window {
    turnstile?: TurnstileApi;
  }
}

const SCRIPT_URL = "https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit";
let scriptPromise: Promise<TurnstileApi> | null = null;

function loadTurnstile(): Promise<TurnstileApi> {
  if (window.turnstile) return Promise.resolve(window.turnstile);
  scriptPromise ??= new Promise<TurnstileApi>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = SCRIPT_URL;
    script.async = true;
    script.onload = () => (window.turnstile ? resolve(window.turnstile) : reject(new Error("turnstile missing")));
    script.onerror = () => {
      scriptPromise = null;
      script.remove();
      reject(new Error("turnstile script failed"));
    };
    document.head.appendChild(script);
  });
  return scriptPromise;
}

/**
 * State of the Turnstile challenge for one form. `enabled` is false when no site key is configured;
 * then `token` stays `undefined` and the form submits without it. Call `reset()` after each submit
 * (tokens are single use).
 */
export function useTurnstile(action: string) {
  const config = useQuery(authConfigQueryOptions());
  const siteKey = config.data?.turnstileSiteKey ?? null;
  const [token, setToken] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const reset = useCallback(() => {
    setToken(undefined);
    setGeneration((g) => g + 1);
  }, []);
  return {
    enabled: siteKey !== null,
    /** Still asking the server whether a challenge is needed. */
    loading: config.isPending,
    siteKey,
    token,
    failed,
    reset,
    widget: siteKey ? (
      <TurnstileWidget
        key={generation}
        siteKey={siteKey}
        action={action}
        onToken={setToken}
        onFailed={() => setFailed(true)}
      />
    ) : null,
  };
}

function TurnstileWidget({
  siteKey,
  action,
  onToken,
  onFailed,
}: {
  siteKey: string;
  action: string;
  onToken: (token: string | undefined) => void;
  onFailed: () => void;
}) {
  const { locale, t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState(false);
  // Callbacks through refs: a new closure must not re-render the widget (and lose its token).
  const callbacks = useRef({ onToken, onFailed });
  callbacks.current = { onToken, onFailed };

  useEffect(() => {
    let widgetId: string | undefined;
    let cancelled = false;
    loadTurnstile()
      .then((api) => {
        if (cancelled || !container.current) return;
        widgetId = api.render(container.current, {
          sitekey: siteKey,
          action,
          language: locale === "zh-CN" ? "zh-cn" : "en",
          callback: (token) => callbacks.current.onToken(token),
          "expired-callback": () => callbacks.current.onToken(undefined),
          "error-callback": () => callbacks.current.onToken(undefined),
        });
      })
      .catch(() => {
        if (cancelled) return;
        setError(true);
        callbacks.current.onFailed();
      });
    return () => {
      cancelled = true;
      if (widgetId !== undefined) window.turnstile?.remove(widgetId);
    };
  }, [siteKey, action, locale]);

  return (
    <div>
      <div ref={container} className="min-h-[65px]" />
      {error ? <p className="mt-1.5 text-red-700 text-sm">{t("turnstile.error")}</p> : null}
    </div>
  );
}
