/** Pages that need a signed-in user; the proxy redirects everyone else to the sign-in page. */
export const PROTECTED_PREFIXES = [
  "/dashboard",
  "/onboarding",
  "/practice",
  "/questions",
  "/flashcards",
  "/mocks",
  "/assignments",
  "/settings",
  "/admin",
  "/teach",
  "/join",
];

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
