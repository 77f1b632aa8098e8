/**
 * Rows as CSV text (RFC 4180, CRLF line ends) that opens cleanly in a spreadsheet. The project reads CSV
 * with csv-parse; writing is this small, so it needs no library.
 */
export function csvText(rows: string[][]): string {
  return rows.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** One cell, quoted when it must be, and defused when a spreadsheet would run it as a formula. */
export function csvCell(value: string): string {
  // A cell starting with = + - @ (or a tab/CR) is run as a formula by spreadsheets; names and keys echo
  // what people typed, so they are defused with a leading apostrophe (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
