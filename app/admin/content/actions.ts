"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { contentFormState, postedValues } from "@/lib/admin/content/content-form-state";
import { createCourse } from "@/lib/admin/content/create-course";
import { createSubject } from "@/lib/admin/content/create-subject";
import { formDataToObject } from "@/lib/admin/content/form-data-to-object";
import { setCourseArchived } from "@/lib/admin/content/set-course-archived";
import { setSubjectArchived } from "@/lib/admin/content/set-subject-archived";
import { updateCourse } from "@/lib/admin/content/update-course";
import { updateSubject } from "@/lib/admin/content/update-subject";

// A form shown again after an error keeps what the admin typed.
const keepingValues = (err: unknown, formData: FormData) => contentFormState(err, postedValues(formData));
const refreshAdminPages = () => revalidatePath("/admin/content", "layout");

/** Creates a subject and opens its page (where its courses are added), or updates it when the form carries its id. */
export const saveSubject = formAction({ access: ["ADMIN"], onError: keepingValues }, async (formData, { user: admin, context }) => {
  const input = formDataToObject(formData);
  if (input.id) {
    await updateSubject(admin, input, context);
    refreshAdminPages();
    return { success: "Subject saved." };
  }
  const { id } = await createSubject(admin, input, context);
  refreshAdminPages();
  redirect(`/admin/content/subjects/${id}`);
});

/** Archives a subject (archived=on) or restores it. */
export const archiveSubject = formAction({ access: ["ADMIN"], onError: (err) => contentFormState(err) }, async (formData, { user: admin, context }) => {
  const { archived } = await setSubjectArchived(admin, formDataToObject(formData), context);
  refreshAdminPages();
  return { success: archived ? "Subject archived." : "Subject restored." };
});

/** Adds a course to a subject, or updates it when the form carries its id. */
export const saveCourse = formAction({ access: ["ADMIN"], onError: keepingValues }, async (formData, { user: admin, context }) => {
  const input = formDataToObject(formData);
  const saved = input.id ? await updateCourse(admin, input, context) : await createCourse(admin, input, context);
  refreshAdminPages();
  return { success: input.id ? "Course saved." : `Course ${saved.slug} created.` };
});

/** Archives a course (archived=on) or restores it. */
export const archiveCourse = formAction({ access: ["ADMIN"], onError: (err) => contentFormState(err) }, async (formData, { user: admin, context }) => {
  const { archived } = await setCourseArchived(admin, formDataToObject(formData), context);
  refreshAdminPages();
  return { success: archived ? "Course archived." : "Course restored." };
});
