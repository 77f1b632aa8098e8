"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/http/client-ip";
import { formError, type FormState } from "@/lib/http/form-state";
import { importUploadInput } from "@/lib/content-import/upload-input";
import { createContentImport } from "@/lib/content-import/create-content-import";
import { startContentImport } from "@/lib/content-import/start-content-import";

export async function uploadContentImport(_prev: FormState, formData: FormData): Promise<FormState> {
  let id: string;
  try {
    const admin = await requireRole("ADMIN");
    const parsed = importUploadInput.safeParse({ file: formData.get("file") });
    if (!parsed.success) return { fieldErrors: { file: parsed.error.issues[0]?.message ?? "Choose a .csv or .json file to upload." } };
    const { file } = parsed.data;
    ({ id } = await createContentImport(admin, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, { ip: clientIp(await headers()) }));
  } catch (err) {
    return formError(err);
  }
  // Outside the try: redirect() works by throwing, and must not be caught.
  redirect(`/admin/imports/${id}`);
}

export async function startImport(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const importId = String(formData.get("importId") ?? "");
    await startContentImport(admin, importId, { ip: clientIp(await headers()) });
    revalidatePath(`/admin/imports/${importId}`);
    return { success: "Import started. Refresh this page to follow it." };
  } catch (err) {
    return formError(err);
  }
}
