"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/http/client-ip";
import type { FormState } from "@/lib/http/form-state";
import { contentFormState, postedValues } from "@/lib/admin/content/content-form-state";
import { createCourse } from "@/lib/admin/content/create-course";
import { createSubject } from "@/lib/admin/content/create-subject";
import { formDataToObject } from "@/lib/admin/content/form-data-to-object";
import { setCourseArchived } from "@/lib/admin/content/set-course-archived";
import { setSubjectArchived } from "@/lib/admin/content/set-subject-archived";
import { updateCourse } from "@/lib/admin/content/update-course";
import { updateSubject } from "@/lib/admin/content/update-subject";

const auditContext = async () => ({ ip: clientIp(await headers()) });

/** Creates a subject and opens its page (where its courses are added), or updates it when the form carries its id. */
export async function saveSubject(_prev: FormState, formData: FormData): Promise<FormState> {
  let created: string;
  try {
    const admin = await requireRole("ADMIN");
    const input = formDataToObject(formData);
    if (input.id) {
      await updateSubject(admin, input, await auditContext());
      revalidatePath("/admin/content", "layout");
      return { success: "Subject saved." };
    }
    created = (await createSubject(admin, input, await auditContext())).id;
    revalidatePath("/admin/content", "layout");
  } catch (err) {
    return contentFormState(err, postedValues(formData));
  }
  // Outside the try: redirect() works by throwing.
  redirect(`/admin/content/subjects/${created}`);
}

/** Archives a subject (archived=on) or restores it. */
export async function archiveSubject(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const { archived } = await setSubjectArchived(admin, formDataToObject(formData), await auditContext());
    revalidatePath("/admin/content", "layout");
    return { success: archived ? "Subject archived." : "Subject restored." };
  } catch (err) {
    return contentFormState(err);
  }
}

/** Adds a course to a subject, or updates it when the form carries its id. */
export async function saveCourse(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const input = formDataToObject(formData);
    const saved = input.id ? await updateCourse(admin, input, await auditContext()) : await createCourse(admin, input, await auditContext());
    revalidatePath("/admin/content", "layout");
    return { success: input.id ? "Course saved." : `Course ${saved.slug} created.` };
  } catch (err) {
    return contentFormState(err, postedValues(formData));
  }
}

/** Archives a course (archived=on) or restores it. */
export async function archiveCourse(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const { archived } = await setCourseArchived(admin, formDataToObject(formData), await auditContext());
    revalidatePath("/admin/content", "layout");
    return { success: archived ? "Course archived." : "Course restored." };
  } catch (err) {
    return contentFormState(err);
  }
}
