import { type ReactNode, useEffect, useId, useRef } from "react";
import { useT } from "../i18n/index.tsx";
import { primaryButtonClass, Spinner, secondaryButtonClass } from "./form.tsx";

export const dangerButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-red-600 px-4 py-2.5 font-semibold text-sm text-white shadow-sm hover:bg-red-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600 disabled:cursor-not-allowed disabled:opacity-60";

/**
 * A modal confirmation on the native `<dialog>` (focus kept inside, Escape cancels, focus returns to the
 * opener). The confirm button stays disabled while `pending` (no double submits); `children` can show the
 * outcome or an error of the confirmed action; `actions` replaces the confirm button (e.g. a "force" variant).
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  pendingLabel,
  pending = false,
  tone = "default",
  onConfirm,
  onClose,
  children,
  actions,
  testId,
}: {
  open: boolean;
  title: string;
  body?: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  pending?: boolean;
  tone?: "default" | "danger";
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
  actions?: ReactNode;
  testId?: string;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  // Unmounted while open (navigation): close, so that the page is not left inert.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop click mirrors Escape (onCancel), the keyboard path
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        if (!pending) onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) cancels.
        if (e.target === e.currentTarget && !pending) onClose();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {open ? (
        <div className="p-6">
          <h2 id={titleId} className="font-semibold text-lg text-slate-900">
            {title}
          </h2>
          <div id={bodyId} className="mt-2 space-y-3 text-slate-600 text-sm">
            {body}
            {children}
          </div>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <button type="button" className={secondaryButtonClass} disabled={pending} onClick={onClose}>
              {t("common.cancel")}
            </button>
            {actions ?? (
              <button
                type="button"
                className={tone === "danger" ? dangerButtonClass : primaryButtonClass}
                disabled={pending}
                aria-busy={pending || undefined}
                onClick={onConfirm}
              >
                {pending ? <Spinner /> : null}
                {pending && pendingLabel ? pendingLabel : confirmLabel}
              </button>
            )}
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
