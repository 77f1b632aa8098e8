import { route } from "@/lib/api/route";
import { listAuditLog, listAuditLogQuery } from "@/lib/audit/list-audit-log";

export const GET = route({ access: ["ADMIN"], query: listAuditLogQuery }, ({ query }) => listAuditLog(query));
