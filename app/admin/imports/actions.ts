"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { importUploadInput } from "@/lib/content-import/upload-input";
import { createContentImport } from "@/lib/content-import/create-content-import";
import { startContentImport } from "@/lib/content-import/start-content-import";

export const uploadContentImport = formAction({ access: ["ADMIN"] }, async (formData, { user: admin, context }) => {
  const parsed = importUploadInput.safeParse({ file: formData.get("file") });
  if (!parsed.success) return { fieldErrors: { file: parsed.error.issues[0]?.message ?? "Choose a .csv or .json file to upload." } };
  const { file } = parsed.data;
  const { id } = await createContentImport(admin, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, context);
  redirect(`/admin/imports/${id}`);
});

export const startImport = formAction({ access: ["ADMIN"] }, async (formData, { user: admin, context }) => {
  const importId = String(formData.get("importId") ?? "");
  await startContentImport(admin, importId, context);
  revalidatePath(`/admin/imports/${importId}`);
  return { success: "Import started. Refresh this page to follow it." };
});
