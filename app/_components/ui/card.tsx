/**
 * The surface of a card: a panel, a list of rows, a form. A class rather than a component because
 * cards are sections, list items, forms and links alike; `extra` adds spacing and layout.
 */
export function cardClass(extra = "") {
  return `rounded-lg border border-slate-200 bg-white${extra ? ` ${extra}` : ""}`;
}
