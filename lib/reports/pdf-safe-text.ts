// The PDF's built-in Helvetica covers WinAnsi (Latin-1 plus a few typographic marks) only. Anything else
// would print as unrelated glyphs, so it becomes "?" instead; bookmarks (PDF strings) keep the real text.
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** `text` with every character the standard PDF fonts cannot show replaced by "?". */
export function pdfSafeText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const latin1 = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
    out += latin1 || WIN_ANSI_EXTRAS.has(ch) || ch === "\n" ? ch : "?";
  }
  return out;
}
