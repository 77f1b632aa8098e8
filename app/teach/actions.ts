"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { contentFormState, postedValues } from "@/lib/admin/content/content-form-state";
import { addCoTeacher } from "@/lib/classes/add-co-teacher";
import { archiveClass } from "@/lib/classes/archive-class";
import { setClassJoining } from "@/lib/classes/class-joining";
import { createClass } from "@/lib/classes/create-class";
import { removeClassMember } from "@/lib/classes/remove-class-member";

const teaching = ["TEACHER", "ADMIN"] as const;
const keepingValues = (err: unknown, formData: FormData) => contentFormState(err, postedValues(formData));
const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const optional = (formData: FormData, name: string) => text(formData, name) || undefined;

export const createClassAction = formAction({ access: teaching, onError: keepingValues }, async (formData, { user, context }) => {
  const { id } = await createClass(
    user,
    {
      name: text(formData, "name"),
      courseSlug: text(formData, "courseSlug"),
      examMonth: optional(formData, "examMonth"),
      examYear: optional(formData, "examYear"),
    },
    context,
  );
  redirect(`/teach/classes/${id}`);
});

export const changeJoiningAction = formAction({ access: teaching }, async (formData, { user, context }) => {
  const change = text(formData, "change") === "close" ? "close" : "rotate";
  const classId = text(formData, "classId");
  await setClassJoining(user, classId, change, context);
  revalidatePath(`/teach/classes/${classId}`);
  return { success: change === "close" ? "Joining is closed: the code no longer works." : "A new code is ready: the old code and link no longer work." };
});

export const removeMemberAction = formAction({ access: teaching }, async (formData, { user, context }) => {
  const classId = text(formData, "classId");
  await removeClassMember(user, classId, text(formData, "studentId"), context);
  revalidatePath(`/teach/classes/${classId}`);
  return { success: "Removed." };
});

export const addCoTeacherAction = formAction({ access: teaching, onError: keepingValues }, async (formData, { user, context }) => {
  const classId = text(formData, "classId");
  const { added } = await addCoTeacher(user, classId, { email: text(formData, "email") }, context);
  revalidatePath(`/teach/classes/${classId}`);
  return { success: added ? "Added: they now see this class in their Teach area." : "They already teach this class." };
});

export const archiveClassAction = formAction({ access: teaching }, async (formData, { user, context }) => {
  if (formData.get("confirm") !== "on") return { error: "Tick the box to confirm." };
  await archiveClass(user, text(formData, "classId"), context);
  redirect("/teach?archived=1");
});
