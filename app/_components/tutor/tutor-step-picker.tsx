import { RichText } from "@/app/_components/rich-text";
import { Button } from "@/app/_components/ui/button";

/**
 * "Explain this step": the worked solution's steps as the student saw them under their marked answer,
 * each a few lines long with its own button, so the tutor is told which step rather than guessing.
 */
export function TutorStepPicker({
  id,
  steps,
  disabled,
  onPick,
  onCancel,
}: {
  id: string;
  steps: string[];
  disabled: boolean;
  onPick: (step: number) => void;
  onCancel: () => void;
}) {
  return (
    <div role="group" aria-labelledby={`${id}-steps`} className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <p id={`${id}-steps`} className="text-sm font-medium text-slate-800">
        Which step of the worked solution?
      </p>
      <ol className="mt-2 space-y-2">
        {steps.map((step, i) => (
          <li key={i} className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-2 sm:flex-row sm:items-start sm:justify-between">
            <div className="max-h-40 min-w-0 overflow-x-auto overflow-y-hidden text-sm text-slate-700">
              <RichText source={step} />
            </div>
            <Button variant="secondary" size="sm" disabled={disabled} className="shrink-0 self-start" onClick={() => onPick(i + 1)}>
              Explain step {i + 1}
            </Button>
          </li>
        ))}
      </ol>
      <div className="mt-2">
        <Button variant="secondary" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
