import { route } from "@/lib/api/route";
import { listOutbox, listOutboxQuery } from "@/lib/email/list-outbox";

export const GET = route({ access: ["ADMIN"], query: listOutboxQuery }, ({ query }) => listOutbox(query));
