import type { MockAnswer } from "@/lib/mocks/mock-input";

/**
 * Answers typed in a paper but not yet confirmed by the server, kept in this browser's localStorage per
 * paper and question, so a reload (or a crash) a moment after typing loses nothing: the player restores
 * them and saves them again. An entry is dropped once the server has that exact answer. `null` records
 * an answer the student cleared. Storage may be unavailable (private mode, quota): then this does nothing.
 */
export type LocalDrafts = Record<string, MockAnswer | null>;

const keyOf = (mockId: string) => `ibr:mock-drafts:${mockId}`;

export function readLocalDrafts(mockId: string): LocalDrafts {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(keyOf(mockId)) ?? "{}");
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as LocalDrafts) : {};
  } catch {
    return {};
  }
}

function write(mockId: string, drafts: LocalDrafts) {
  try {
    if (Object.keys(drafts).length) window.localStorage.setItem(keyOf(mockId), JSON.stringify(drafts));
    else window.localStorage.removeItem(keyOf(mockId));
  } catch {
    // Nothing to do: the server autosave still runs.
  }
}

export function keepLocalDraft(mockId: string, questionId: string, answer: MockAnswer | null) {
  write(mockId, { ...readLocalDrafts(mockId), [questionId]: answer });
}

/** Drops the entry only if it still holds `answer`: a newer one typed meanwhile stays until it is saved. */
export function dropLocalDraft(mockId: string, questionId: string, answer: MockAnswer | null) {
  const drafts = readLocalDrafts(mockId);
  if (!(questionId in drafts) || JSON.stringify(drafts[questionId]) !== JSON.stringify(answer)) return;
  delete drafts[questionId];
  write(mockId, drafts);
}

export function clearLocalDrafts(mockId: string) {
  write(mockId, {});
}
