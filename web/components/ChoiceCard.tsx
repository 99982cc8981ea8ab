import { type ReactNode, useId } from "react";

/** A radio button drawn as a selectable card; the label is its accessible name, the description its hint. */
export function ChoiceCard({
  name,
  checked,
  onSelect,
  label,
  description,
}: {
  name: string;
  checked: boolean;
  onSelect: () => void;
  label: string;
  description?: ReactNode;
}) {
  const id = useId();
  return (
    <div
      className={`relative flex rounded-xl p-4 ring-1 ring-inset transition-colors has-focus-visible:ring-2 has-focus-visible:ring-indigo-600 ${
        checked ? "bg-indigo-50 ring-2 ring-indigo-600" : "bg-white ring-slate-300 hover:bg-slate-50"
      }`}
    >
      <input
        id={id}
        type="radio"
        name={name}
        checked={checked}
        onChange={onSelect}
        aria-describedby={description ? `${id}-description` : undefined}
        className="relative z-10 mt-0.5 size-4 shrink-0 accent-indigo-600"
      />
      <div className="ml-3 min-w-0">
        <label htmlFor={id} className="font-semibold text-slate-900 after:absolute after:inset-0 after:content-['']">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="mt-0.5 text-slate-600 text-sm">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
