// Metric labels must have few values: ids in a path become ":id" so /api/v1/practice/<uuid>/answer is one
// series, not one per session.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^\d+$/;
const LONG_TOKEN = /^[A-Za-z0-9_-]{24,}$/;

export function routeLabel(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (UUID.test(segment) || NUMBER.test(segment) || LONG_TOKEN.test(segment) ? ":id" : segment))
    .join("/");
}
