type Tree = { [key: string]: Tree | Tree[] | string | string[] | undefined };

/**
 * Turns a posted form into the object the content schemas parse: dotted names nest
 * ("markingPoints.1.label" → { markingPoints: [, { label }] }), numeric segments make arrays, a name
 * posted twice keeps every value. Field names then equal the paths of validation issues, so each error
 * finds its input. Next's own `$ACTION_…` fields and files are left out.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Tree = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const path = name.split(".");
    let node: Tree = root;
    path.forEach((segment, i) => {
      const last = i === path.length - 1;
      if (last) {
        const existing = node[segment];
        node[segment] = existing === undefined ? value : Array.isArray(existing) ? [...(existing as string[]), value] : [existing as string, value];
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1]!);
      node[segment] ??= (nextIsIndex ? [] : {}) as Tree;
      node = node[segment] as Tree;
    });
  }
  return compactArrays(root) as Record<string, unknown>;
}

// Arrays were filled by index: rows removed in the browser may leave holes, which are not rows.
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  return value;
}
