import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md border font-semibold shadow-sm focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-60";

const looks: Record<ButtonVariant, string> = {
  primary: "border-transparent bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border-slate-300 bg-white text-slate-800 hover:border-brand-600 hover:text-brand-700",
  danger: "border-transparent bg-red-700 text-white hover:bg-red-800",
};

const sizes: Record<ButtonSize, string> = { sm: "px-3 py-1.5 text-sm", md: "px-4 py-2", lg: "px-5 py-2.5" };

/**
 * The look of every button and button-like link: one primary action per screen, secondary for the
 * rest, danger for what deletes or revokes. Links use the class (`<Link className={buttonClass()}>`).
 */
export function buttonClass({ variant = "primary", size = "md", className = "" }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return `${base} ${looks[variant]} ${sizes[size]}${className ? ` ${className}` : ""}`;
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant, size, className, type = "button", ...button }: Props) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...button} />;
}
