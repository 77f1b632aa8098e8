import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getQuestionGroupForEditor } from "@/lib/admin/content/get-question-group-for-editor";
import { printedLabel } from "@/lib/questions/printed-label";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { ActionButton } from "@/app/_components/ui/action-button";
import { StatusBadge, TextInput } from "@/app/_components/ui/fields";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";
import { GroupForm } from "../_components/group-form";
import { changeQuestionGroupStatus, moveGroupPart } from "../actions";

export const metadata: Metadata = { title: "Multi-part question · Content · Admin" };

/** The label after the last part's letter ("b" → "c"); none after "h", the last a paper uses. */
function nextLabel(labels: string[]): string {
  const last = Math.max(96, ...labels.map((l) => l.charCodeAt(0)));
  return last < 104 ? String.fromCharCode(last + 1) : "";
}

export default async function QuestionGroupPage({ params, searchParams }: PageProps<"/admin/content/groups/[id]">) {
  const { id } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/groups/${id}`);
  const group = z.uuid().safeParse(id).success ? await getQuestionGroupForEditor(id) : null;
  if (!group) notFound();
  const created = (await searchParams).created === "1";
  const live = group.parts.filter((p) => p.status !== "ARCHIVED");

  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={`/admin/content/courses/${group.courseId}/questions`} className="text-brand-700 hover:underline">
          {group.course.name} questions
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        Multi-part question <span className="font-mono text-2xl">{group.key}</span>
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <StatusBadge status={group.status} />
        Version {group.version} · Paper {group.paper.replace(/^P/, "")} · {group.calculator ? "calculator" : "no calculator"} · last saved{" "}
        {group.updatedAt.slice(0, 16).replace("T", " ")} UTC
      </p>
      {created && (
        <div className="mt-3">
          <FormAlert tone="success" message="Multi-part question created as a draft. Add its parts below." />
        </div>
      )}

      <section aria-labelledby="parts-heading" className={cardClass("mt-6 p-4")}>
        <h2 id="parts-heading" className="text-lg font-semibold">
          Parts
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          In paper order. Labels stay with their parts when you move them (follow-through refers to parts by label). Publishing publishes every part; a new part
          is a draft until you publish again.
        </p>
        {group.parts.length === 0 ? (
          <p className="mt-3 text-sm">No parts yet: add the first one.</p>
        ) : (
          <ol className="mt-3 divide-y divide-slate-200">
            {group.parts.map((part) => {
              const at = live.findIndex((p) => p.id === part.id);
              return (
                <li key={part.id} className="flex flex-wrap items-center gap-3 py-2">
                  <span className="w-14 font-semibold">{printedLabel(part.label)}</span>
                  <StatusBadge status={part.status} />
                  <span className="min-w-0 flex-1 truncate text-sm text-slate-700">
                    {part.type.toLowerCase()} · {part.marks} {part.marks === 1 ? "mark" : "marks"}
                    {part.followsFrom.length > 0 && ` · follows through from ${part.followsFrom.map(printedLabel).join(", ")}`} · {part.stem.slice(0, 80)}
                  </span>
                  <Link href={`/admin/content/questions/${part.id}`} className="text-sm text-brand-700 hover:underline">
                    Edit {printedLabel(part.label)}
                  </Link>
                  {at > 0 && (
                    <ActionButton action={moveGroupPart} values={{ id: part.id, direction: "up" }} label={`Move part ${printedLabel(part.label)} up`}>
                      Up
                    </ActionButton>
                  )}
                  {at >= 0 && at < live.length - 1 && (
                    <ActionButton action={moveGroupPart} values={{ id: part.id, direction: "down" }} label={`Move part ${printedLabel(part.label)} down`}>
                      Down
                    </ActionButton>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        <form action={`/admin/content/groups/${group.id}/parts/new`} method="get" className="mt-4 flex flex-wrap items-end gap-3">
          <TextInput id="new-part-label" name="label" label="Label of the new part" defaultValue={nextLabel(live.map((p) => p.label))} className="w-40" />
          <button type="submit" className={buttonClass({ size: "sm", variant: "secondary" })}>
            Add a part
          </button>
        </form>
        <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
          {group.status === "PUBLISHED" ? (
            <ActionButton action={changeQuestionGroupStatus} values={{ id: group.id, to: "unpublish" }}>
              Unpublish the question
            </ActionButton>
          ) : (
            <ActionButton action={changeQuestionGroupStatus} values={{ id: group.id, to: "publish" }} variant="primary">
              Publish the question
            </ActionButton>
          )}
          {group.status === "PUBLISHED" && live.some((p) => p.status !== "PUBLISHED") && (
            <ActionButton action={changeQuestionGroupStatus} values={{ id: group.id, to: "publish" }} variant="primary">
              Publish the new parts
            </ActionButton>
          )}
        </div>
      </section>

      <section aria-labelledby="context-heading" className="mt-8">
        <h2 id="context-heading" className="text-xl font-semibold">
          Context
        </h2>
        <div className="mt-3">
          <GroupForm mode="edit" group={{ id: group.id, version: group.version, context: group.context, paper: group.paper, calculator: group.calculator }} />
        </div>
      </section>
    </>
  );
}
