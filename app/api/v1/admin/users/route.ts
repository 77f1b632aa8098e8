import { route } from "@/lib/api/route";
import { listUsers, listUsersQuery } from "@/lib/admin/users/list-users";

export const GET = route({ access: ["ADMIN"], query: listUsersQuery }, ({ query }) => listUsers(query));
