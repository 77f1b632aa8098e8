import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: a code read off a projector or a whiteboard is typed right the first time.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 8;

/** A fresh join code: 8 characters from 31, about 8.5 × 10^11 codes, too many to guess within the join limit. */
export function newJoinCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** What a student typed or pasted ("abcd-efgh ", "ABCDEFGH") as the stored code, or null if it cannot be one. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** Shown as "ABCD-EFGH": two halves are easier to read out and to type. */
export const formatJoinCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
