import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Badge } from "@/app/_components/ui/badge";

// Labelled form controls with their hint and error, wired for screen readers (aria-describedby,
// aria-invalid). Each takes an explicit id: an admin page holds many forms with the same field names (one
// edit form per subject, per topic). `size` "sm" is the dense admin look; "md" the student forms'.

type Labelled = { id: string; label: ReactNode; error?: string; hint?: ReactNode; className?: string; size?: "sm" | "md" };

const controlBase =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none aria-[invalid=true]:border-red-600";
const control = (size: Labelled["size"] = "sm") => `${controlBase} ${size === "md" ? "py-2" : "py-1.5 text-sm"}`;

function described(id: string, error?: string, hint?: ReactNode) {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

export function TextInput({ id, label, error, hint, className = "", size, ...input }: Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, "size">) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described(id, error, hint)} className={control(size)} {...input} />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({ id, label, error, hint, className = "", size, ...input }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        className={`${control(size)} font-mono`}
        {...input}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectInput({
  id,
  label,
  error,
  hint,
  className = "",
  size,
  options,
  ...select
}: Labelled & Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> & { options: { value: string; label: string }[] }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={described(id, error, hint)} className={control(size)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function Checkbox({ id, label, error, hint, className = "", size: _size, ...input }: Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, "size">) {
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={described(id, error, hint)}
          className="h-4 w-4 rounded border-slate-300"
          {...input}
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

/** A content status (draft, published, archived) as a badge, for lists. */
export function StatusBadge({ status }: { status: "DRAFT" | "PUBLISHED" | "ARCHIVED" | string }) {
  const tone = status === "PUBLISHED" ? "success" : status === "DRAFT" ? "warning" : "neutral";
  return <Badge tone={tone}>{status.charAt(0) + status.slice(1).toLowerCase()}</Badge>;
}

/** A text input named and identified by `name`, in the student forms' size (sign-in, sign-up, settings). */
export function TextField({ name, ...field }: Omit<Labelled, "id" | "size"> & Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & { name: string }) {
  return <TextInput id={name} name={name} size="md" {...field} />;
}
