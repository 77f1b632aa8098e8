import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

/**
 * The look of every button and button-like link: one primary action per screen, secondary for the
 * rest, danger for what deletes or revokes. Links use the class (`<Link className={buttonClass()}>`).
 * The styles are the .btn classes in app/globals.css.
 */
export function buttonClass({ variant = "primary", size = "md", className = "" }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return `btn btn-${variant} btn-${size}${className ? ` ${className}` : ""}`;
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant, size, className, type = "button", ...button }: Props) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...button} />;
}
