import type { Route } from "next";
import type { CurrentUser } from "@/lib/auth/current-user";

/** Where someone lands after signing in without asking for a page: admins at work, students at study. */
export function landingPath(role: CurrentUser["role"]): Route {
  return role === "ADMIN" ? "/admin" : "/dashboard";
}

/** Sign-in's destination when no page asked for one: app/signed-in picks by role once the session exists. */
export const SIGNED_IN_PATH = "/signed-in";
