import { z } from "zod";
import { MAX_IMPORT_FILE_BYTES } from "@/lib/content-import/import-limits";
import { importFormatOf } from "@/lib/content-import/validate-import-file";

// Browsers label CSV files inconsistently (Windows Excel says vnd.ms-excel, some send nothing), so the
// type check refuses only what is clearly something else; the content is parsed strictly anyway.
const acceptedTypes = new Set([
  "",
  "text/csv",
  "text/plain",
  "application/csv",
  "application/vnd.ms-excel",
  "application/json",
  "text/json",
  "application/octet-stream",
]);

/** The upload form's one field, checked before any byte is read. */
export const importUploadInput = z.object({
  file: z
    .instanceof(File, { message: "Choose a .csv or .json file to upload." })
    .refine((f) => f.size > 0, "The file is empty.")
    .refine((f) => f.size <= MAX_IMPORT_FILE_BYTES, `The file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files.`)
    .refine((f) => importFormatOf(f.name) !== null && acceptedTypes.has(f.type.split(";")[0]!.trim().toLowerCase()), "Upload a .csv or .json file."),
});
