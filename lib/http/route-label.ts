// Metric labels must have few values: a label is the route's pattern, never a raw path. Segments that
// hold the route's dynamic params become `[name]` (so random slugs and ids sent by anyone cannot mint new
// series); ids in a path without params still collapse to ":id".
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^\d+$/;
const LONG_TOKEN = /^[A-Za-z0-9_-]{24,}$/;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function routeLabel(pathname: string, params: Record<string, string | string[]> = {}): string {
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) names.set(v, name);
  }
  return pathname
    .split("/")
    .map((segment) => {
      const param = names.get(decode(segment));
      if (param !== undefined) return `[${param}]`;
      return UUID.test(segment) || NUMBER.test(segment) || LONG_TOKEN.test(segment) ? ":id" : segment;
    })
    .join("/");
}
