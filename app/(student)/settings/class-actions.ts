"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { joinClass } from "@/lib/classes/join-class";
import { leaveClass } from "@/lib/classes/leave-class";

export const joinClassAction = formAction({ access: "user", keep: ["code"] }, async (formData, { user }) => {
  const { name, alreadyMember } = await joinClass(user.id, String(formData.get("code") ?? ""));
  revalidatePath("/settings");
  if (formData.get("from") === "link") redirect("/settings?joined=1#classes");
  return { success: alreadyMember ? `You are already in ${name}.` : `You joined ${name}. Your teacher can now see your progress in this course.` };
});

export const leaveClassAction = formAction({ access: "user" }, async (formData, { user }) => {
  await leaveClass(user.id, String(formData.get("classId") ?? ""));
  revalidatePath("/settings");
  return { success: "You left the class." };
});
