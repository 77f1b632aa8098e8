import { analyseText, numberTokens, plainText, type NumberToken, type TextTerms } from "@/lib/marking/analyse-text";
import type { MarkableQuestion } from "@/lib/marking/marking-types";

type SuggestablePoint = Pick<MarkableQuestion["markingPoints"][number], "id" | "text" | "keywords">;

/** The keywords (and numbers from the point's text) found in the answer; a point with any is suggested. */
export type PointSuggestion = { label: string; matched: string[] };

/**
 * Suggests which marking points a written answer makes, for the student to confirm: never a mark by
 * itself. Most markschemes list keywords as alternatives ("bacteriophage", "virus"), so one match is
 * enough to suggest a point. How a keyword is compared depends on what it is:
 * - words ("active transport", "self-pollinat"): case-insensitive, punctuation and LaTeX ignored, each
 *   word stemmed (plural, -ing, -ed), the words in sequence; a keyword word of six letters or more also
 *   matches words it begins ("centrifug" → "centrifugation"); "ATP/energy" means either;
 * - numbers ("45.5", "-0.4", "2.0e-3", "45 000"): compared as numbers. An answer number matches when it
 *   rounds to the keyword at the keyword's precision and lies within 0.1 % of it, so a more precise form
 *   of the same value matches ("45.46" for "45.5", "45.50", "4.55 × 10^1") but a different value that
 *   happens to round to it does not ("9.81" is not "9.8": the student used another g; "45" is not "45.5");
 * - anything else ("t^2", "k[NO2][F2]", "\frac{8}{5}", "sin 40"): the same characters once spaces,
 *   brackets, "^", "_" and LaTeX are removed, not inside a longer number ("= 8" is not in "= 80") and,
 *   when three characters or fewer, not starting mid-word ("2+" is in "Cu2+", "e-" is not in "re-emit").
 * Numbers written in a point's text count as extra keywords when they are distinctive (a decimal point or
 * at least 10), so a point without keywords can still be suggested by its value.
 */
export function suggestPoints(points: SuggestablePoint[], answer: string): PointSuggestion[] {
  const terms = analyseText(answer);
  return points.map((point) => {
    const matched = point.keywords.filter((keyword) => keywordMatches(keyword, terms));
    const keywordNumbers = point.keywords.flatMap((k) => numberTokens(plainText(k)).map((n) => n.value));
    for (const n of numberTokens(plainText(point.text))) {
      if (!isDistinctive(n) || keywordNumbers.some((v) => Math.abs(v - n.value) <= 1e-9 * Math.abs(v))) continue;
      if (!matched.includes(n.text) && terms.numbers.some((a) => numberMatches(a, n))) matched.push(n.text);
    }
    return { label: point.id, matched };
  });
}

export function keywordMatches(keyword: string, terms: TextTerms): boolean {
  return alternatives(plainText(keyword)).some((alt) => {
    const number = asNumber(alt);
    if (number) return terms.numbers.some((n) => numberMatches(n, number));
    if (WORDS.test(alt)) return wordsMatch(analyseText(alt).words, terms.words);
    const needle = analyseText(alt).compact;
    return needle.length > 0 && containsExpression(terms, needle);
  });
}

const WORDS = /^\p{L}(?:[\p{L}\s'-]*\p{L})?$/u;

/** "ATP/energy" is two alternatives; "W/t", "v/R" and "lambda/4" are expressions and stay whole. */
function alternatives(keyword: string): string[] {
  const parts = keyword.split("/").map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => p.length >= 2 && WORDS.test(p)) ? parts : [keyword.trim()];
}

function asNumber(keyword: string): NumberToken | null {
  if (!/^-?(\d{1,3}( \d{3})+|\d+(\.\d+)?|\.\d+)(e[-+]?\d+)?$/.test(keyword)) return null;
  return numberTokens(keyword)[0] ?? null;
}

function numberMatches(answer: NumberToken, keyword: NumberToken): boolean {
  const difference = Math.abs(answer.value - keyword.value);
  const allowed = Math.min(keyword.resolution / 2, 0.001 * Math.abs(keyword.value));
  return difference <= allowed + 1e-9 * Math.abs(keyword.value);
}

/** 3.03, 45.5, 2450 and 9.8 identify a step; 2 or 1 (from "½", "t^2") would match almost any answer. */
function isDistinctive(n: NumberToken): boolean {
  return n.text.includes(".") || Math.abs(n.value) >= 10;
}

function wordsMatch(keyword: string[], words: string[]): boolean {
  if (!keyword.length) return false;
  const joined = keyword.join("");
  for (let i = 0; i < words.length; i++) {
    if (keyword.every((k, j) => sameWord(words[i + j], k))) return true;
    // "non-polar" written "nonpolar", and "nonpolar" written "non-polar".
    if (keyword.length > 1 && words[i] === joined) return true;
    if (keyword.length === 1 && `${words[i]}${words[i + 1] ?? ""}` === joined) return true;
  }
  return false;
}

function sameWord(word: string | undefined, keyword: string): boolean {
  if (word === undefined) return false;
  return word === keyword || (keyword.length >= 6 && word.startsWith(keyword) && word.length - keyword.length <= 6);
}

function containsExpression(terms: TextTerms, needle: string): boolean {
  const { compact, breakBefore } = terms;
  for (let i = compact.indexOf(needle); i >= 0; i = compact.indexOf(needle, i + 1)) {
    const before = compact[i - 1];
    const after = compact[i + needle.length];
    const joinedBefore = before !== undefined && !breakBefore[i];
    const joinedAfter = after !== undefined && !breakBefore[i + needle.length];
    if (joinedBefore && /\d/.test(needle[0] ?? "") && /[\d.]/.test(before)) continue;
    // A short needle must not start mid-word ("e-" is not in "re-emit"); longer ones may follow letters,
    // as maths juxtaposes them ("pie^2y/2" holds "e^2y/2").
    if (joinedBefore && needle.length <= 3 && /\p{L}/u.test(needle[0] ?? "") && /\p{L}/u.test(before)) continue;
    if (joinedAfter && /\d/.test(needle.at(-1) ?? "") && /\d/.test(after)) continue;
    return true;
  }
  return false;
}
