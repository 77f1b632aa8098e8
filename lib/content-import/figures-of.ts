import { figureReferences } from "@/lib/figures/figure-references";

/** The stored figures an import row points at, from any of its texts (URLs never contain a quote or a backslash). */
export function figuresOf(raw: Record<string, unknown>): { hash: string; src: string }[] {
  return figureReferences(JSON.stringify(raw)).flatMap((r) => (r.figure ? [{ hash: r.figure.hash, src: r.src }] : []));
}
