"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/http/form-state";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { startPractice } from "@/app/(student)/practice/actions";

export function ConfirmPracticeForm({ questionIds }: { questionIds: string[] }) {
  const [state, action] = useActionState<FormState, FormData>(startPractice, {});
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="mode" value="questions" />
      <input type="hidden" name="questionIds" value={questionIds.join(",")} />
      <FormAlert message={state.error} />
      <SubmitButton pendingText="Building your set…">
        {questionIds.length === 1 ? "Practise this question" : `Practise these ${questionIds.length} questions`}
      </SubmitButton>
    </form>
  );
}
