/** What a sent email keeps in place of a link's secret. */
export const REDACTED_TOKEN = "redacted";

// Every link that acts on an account (verify, reset, confirm a new address, unsubscribe) carries its secret
// in a `token` query parameter; the rest of the URL stays readable so an admin can tell which link it was.
// A sentence's full stop after a link is not part of its token (signed tokens contain dots, never end in one).
const tokenParameter = /([?&]token=)[\w.~%+/=-]*[\w~%+/=-]/g;

/**
 * Removes the secrets from an email's links. A sent email has done its job: keeping a working reset or
 * verification link in the outbox would let anyone who reads the table (a backup, an admin) use it.
 */
export function redactSecretLinks(content: string): string {
  return content.replace(tokenParameter, `$1${REDACTED_TOKEN}`);
}

export function redactSecretHeaders(headers: Record<string, string> | null): Record<string, string> | null {
  if (!headers) return null;
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, redactSecretLinks(value)]));
}
