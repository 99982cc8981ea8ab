import { useQueryClient } from "@tanstack/react-query";
import { Link, useRouter } from "@tanstack/react-router";
import { useEffect, useId, useRef, useState } from "react";
import { apiFetch } from "../api-client/client.ts";
import type { User } from "../api-client/schemas.ts";
import { useT } from "../i18n/index.tsx";
import { Spinner } from "./form.tsx";

/**
 * Header account menu (disclosure pattern): who is signed in, settings, sign out.
 * Closes on Escape (focus back to the button), outside click and navigation.
 */
export function UserMenu({ user }: { user: User }) {
  const t = useT();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  async function signOut() {
    if (signingOut) return;
    setSigningOut(true);
    try {
      await apiFetch("/api/v1/auth/logout", { method: "POST" });
    } catch {
      // even if the call fails, drop the local session view
    }
    // Leave the signed-in area first, then forget every cached answer of this user.
    await router.navigate({ to: "/" });
    queryClient.clear();
  }

  const display = user.name?.trim() || user.email;
  const initial = Array.from(display)[0]?.toUpperCase() ?? "?";
  const itemClass =
    "flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-slate-700 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600";

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-2 rounded-full py-1 pr-2 pl-1 text-slate-700 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <span
          aria-hidden="true"
          className="grid size-8 place-items-center rounded-full bg-indigo-100 font-semibold text-indigo-700"
        >
          {initial}
        </span>
        <span className="sr-only">{t("shell.userMenu")}: </span>
        <span className="hidden max-w-48 truncate md:inline" data-testid="user-menu-email">
          {user.email}
        </span>
        <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="size-4 text-slate-400">
          <path
            fillRule="evenodd"
            d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
            clipRule="evenodd"
          />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-50 mt-2 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg"
      >
        <div className="border-slate-100 border-b px-3 pt-1 pb-2">
          <p className="text-slate-500 text-xs">{t("shell.signedInAs")}</p>
          {user.name ? <p className="truncate font-medium text-slate-900 text-sm">{user.name}</p> : null}
          <p className="truncate text-slate-600 text-sm">{user.email}</p>
        </div>
        <ul className="mt-1 space-y-0.5">
          <li>
            <Link to="/app/settings" className={itemClass} onClick={() => setOpen(false)}>
              {t("shell.nav.settings")}
            </Link>
          </li>
          <li>
            <button type="button" onClick={signOut} disabled={signingOut} className={itemClass}>
              {signingOut ? (
                <>
                  <Spinner />
                  {t("shell.signingOut")}
                </>
              ) : (
                t("shell.signOut")
              )}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
