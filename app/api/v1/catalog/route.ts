import { listCatalog } from "@/lib/catalog/list-catalog";
import { route } from "@/lib/api/route";

// Public and the same for everyone: the CDN serves it; a content edit shows within five minutes.
export const GET = route({ access: "public", cdn: { sMaxAge: 300, staleWhileRevalidate: 3_600 } }, async () => ({ groups: await listCatalog() }));
