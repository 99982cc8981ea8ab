import {
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { useI18n, useT } from "../i18n/index.tsx";
import type { FieldBinding } from "../lib/form.ts";
import { passwordStrength, type Strength } from "../lib/password-strength.ts";

/** Building blocks of the account forms: labelled fields with linked hints and errors, buttons, alerts. */

export const inputClass =
  "block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-indigo-600 focus:ring-inset aria-invalid:ring-red-500 disabled:bg-slate-50 disabled:text-slate-500";

export const primaryButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-sm text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-60";

export const secondaryButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-white px-4 py-2.5 font-semibold text-slate-900 text-sm shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-60";

export const linkClass =
  "font-semibold text-indigo-600 hover:text-indigo-500 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600";

export function Spinner({ className = "size-4" }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block animate-spin rounded-full border-2 border-current border-t-transparent ${className}`}
    />
  );
}

/**
 * Centered card page of the public site (register, login, verify…). `focusTitle`: move focus to the
 * heading on mount — for result screens that replace a form (screen readers announce the new state).
 */
export function AuthPage({
  title,
  subtitle,
  children,
  footer,
  focusTitle = false,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  focusTitle?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, [focusTitle]);
  return (
    <section className="mx-auto flex max-w-md flex-col px-4 py-12 sm:py-20">
      <h1
        ref={heading}
        tabIndex={focusTitle ? -1 : undefined}
        className="font-bold text-3xl text-slate-900 tracking-tight focus:outline-none"
      >
        {title}
      </h1>
      {subtitle ? <p className="mt-2 text-slate-600">{subtitle}</p> : null}
      <div className="mt-8 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
      {footer ? <div className="mt-6 text-center text-slate-600 text-sm">{footer}</div> : null}
    </section>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  const t = useT();
  return (
    <label htmlFor={htmlFor} className="block font-medium text-slate-900 text-sm">
      {label}
      {optional ? <span className="ml-1 font-normal text-slate-500">{t("form.optional")}</span> : null}
    </label>
  );
}

function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1.5 text-slate-500 text-sm">
      {children}
    </p>
  );
}

function FieldError({ binding }: { binding: FieldBinding }) {
  if (!binding.error) return null;
  return (
    <p id={binding.errorId} className="mt-1.5 text-red-700 text-sm">
      {binding.error}
    </p>
  );
}

interface FieldProps {
  binding: FieldBinding;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** A field's label, its control (`children`), hint and error; `counter` ends the hint. */
function Field({
  binding,
  label,
  optional,
  hint,
  counter,
  children,
}: Pick<FieldProps, "binding" | "label" | "optional" | "hint"> & { counter?: ReactNode; children: ReactNode }) {
  const hintId = `${binding.id}-hint`;
  return (
    <div>
      <Label htmlFor={binding.id} label={label} optional={optional} />
      {children}
      {counter !== undefined ? (
        <p id={hintId} className="mt-1.5 flex justify-between gap-3 text-slate-500 text-sm">
          <span>{hint}</span>
          <span className="tabular-nums">{counter}</span>
        </p>
      ) : hint !== undefined ? (
        <FieldHint id={hintId}>{hint}</FieldHint>
      ) : null}
      <FieldError binding={binding} />
    </div>
  );
}

/** What a field's control takes from its binding: id, name, error state, linked texts; a change clears the error. */
function controlProps(binding: FieldBinding, onChange: (value: string) => void, hinted: boolean) {
  return {
    ref: binding.ref,
    id: binding.id,
    name: binding.name,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      binding.clear();
      onChange(e.target.value);
    },
    "aria-invalid": binding.error ? true : undefined,
    "aria-describedby": describedBy(binding.error && binding.errorId, hinted && `${binding.id}-hint`),
    className: `mt-2 ${inputClass}`,
  };
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "value" | "onChange" | "ref">;

export function TextField({ binding, label, hint, optional, value, onChange, ...input }: InputProps & FieldProps) {
  return (
    <Field binding={binding} label={label} optional={optional} hint={hint}>
      <input {...input} {...controlProps(binding, onChange, hint !== undefined)} value={value} />
    </Field>
  );
}

type TextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "name" | "value" | "onChange" | "ref" | "maxLength"
>;

/** A labelled textarea; its hint ends with the characters used of `maxLength`. */
export function TextAreaField({
  binding,
  label,
  hint,
  optional,
  value,
  onChange,
  maxLength,
  ...textarea
}: TextAreaProps & FieldProps & { maxLength: number }) {
  const { locale } = useI18n();
  return (
    <Field
      binding={binding}
      label={label}
      optional={optional}
      hint={hint}
      counter={`${value.length.toLocaleString(locale)} / ${maxLength.toLocaleString(locale)}`}
    >
      <textarea {...textarea} {...controlProps(binding, onChange, true)} maxLength={maxLength} value={value} />
    </Field>
  );
}

/** A labelled select; the options are its children. */
export function SelectField({
  value,
  onChange,
  disabled,
  children,
  ...field
}: FieldProps & { disabled?: boolean; children: ReactNode }) {
  return (
    <Field {...field}>
      <select {...controlProps(field.binding, onChange, field.hint !== undefined)} value={value} disabled={disabled}>
        {children}
      </select>
    </Field>
  );
}

const STRENGTH_STYLE: Record<Strength, { bars: number; color: string }> = {
  weak: { bars: 1, color: "bg-red-500" },
  fair: { bars: 2, color: "bg-amber-500" },
  good: { bars: 3, color: "bg-lime-500" },
  strong: { bars: 4, color: "bg-emerald-600" },
};

/** Password input with a show/hide toggle and, for new passwords, a strength hint. */
export function PasswordField({
  binding,
  label,
  value,
  onChange,
  autoComplete,
  showStrength = false,
  hint,
  required = true,
}: {
  binding: FieldBinding;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: "current-password" | "new-password";
  showStrength?: boolean;
  hint?: string;
  required?: boolean;
}) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const hintId = useId();
  const strengthId = useId();
  const strength = value ? passwordStrength(value) : null;
  return (
    <div>
      <Label htmlFor={binding.id} label={label} />
      <div className="relative mt-2">
        <input
          ref={binding.ref}
          id={binding.id}
          name={binding.name}
          type={visible ? "text" : "password"}
          autoComplete={autoComplete}
          required={required}
          maxLength={256}
          spellCheck={false}
          autoCapitalize="off"
          value={value}
          onChange={(e) => {
            binding.clear();
            onChange(e.target.value);
          }}
          aria-invalid={binding.error ? true : undefined}
          aria-describedby={describedBy(binding.error && binding.errorId, hint && hintId, showStrength && strengthId)}
          className={`${inputClass} pr-20`}
        />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          aria-controls={binding.id}
          aria-label={visible ? t("password.hide") : t("password.show")}
          className="absolute inset-y-1 right-1 rounded-md px-2.5 font-medium text-slate-600 text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          {visible ? t("password.hide") : t("password.show")}
        </button>
      </div>
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {showStrength ? (
        <div id={strengthId} className="mt-2" aria-live="polite">
          {strength ? (
            <>
              <div className="flex gap-1" aria-hidden="true">
                {[1, 2, 3, 4].map((i) => (
                  <span
                    key={i}
                    className={`h-1.5 flex-1 rounded-full ${i <= STRENGTH_STYLE[strength].bars ? STRENGTH_STYLE[strength].color : "bg-slate-200"}`}
                  />
                ))}
              </div>
              <p className="mt-1 text-slate-600 text-xs" data-strength={strength}>
                {t("password.strength", { level: t(`password.strength.${strength}`) })}
              </p>
            </>
          ) : null}
        </div>
      ) : null}
      <FieldError binding={binding} />
    </div>
  );
}

/** Submit button with a loading state; disabled while pending (prevents double submits). */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  disabled,
  className = "w-full",
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      className={`${primaryButtonClass} ${className}`}
    >
      {pending ? (
        <>
          <Spinner />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}

const TONES = {
  error: "border-red-200 bg-red-50 text-red-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  info: "border-indigo-200 bg-indigo-50 text-indigo-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
} as const;

/** Message box. Errors use role="alert"; other tones role="status" (polite). */
export function Alert({
  tone,
  title,
  children,
  id,
}: {
  tone: keyof typeof TONES;
  title?: string;
  children?: ReactNode;
  id?: string;
}) {
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      data-tone={tone}
      className={`rounded-lg border px-4 py-3 text-sm ${TONES[tone]}`}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
