import { z } from "zod";
import { paperCodes } from "@/lib/catalog/catalog-input";
import { partLabel } from "@/lib/questions/follow-through";
import { contentKey, expectedVersion, formBoolean, requiredText, rowId } from "@/lib/admin/content/content-fields";
import { forQuestionType, questionFields } from "@/lib/admin/content/question-fields";

/** The shared context of a multi-part question: Markdown with LaTeX, tables and figures. */
const groupContext = requiredText(20_000, "Write the context every part refers to");

export const createQuestionGroupInput = z.object({
  courseId: rowId("a course"),
  // Each part's key is "<key>-<label>": the group's key leaves room for it.
  key: contentKey.pipe(z.string().max(100, "Keep the key under 100 characters: each part's key adds its label")),
  paper: z.enum(paperCodes, { error: "Choose a paper" }),
  calculator: formBoolean,
  context: groupContext,
});

export const updateQuestionGroupInput = z.object({
  id: rowId("a multi-part question"),
  version: expectedVersion,
  context: groupContext,
});

export const questionGroupIdInput = z.object({ id: rowId("a multi-part question") });

export const moveQuestionPartInput = z.object({
  id: rowId("a part"),
  direction: z.enum(["up", "down"], { error: "Move a part up or down" }),
});

/** A new part: a question (its paper and calculator are the group's) with its printed label. */
export const addQuestionPartInput = forQuestionType(
  questionFields.extend({
    groupId: rowId("a multi-part question"),
    label: z.string({ error: "Enter the part's label" }).trim().pipe(partLabel),
  }),
);
