import type { AllowanceStatus } from "@/lib/tutor/tutor-allowance";

const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

/** Today's allowance as a share left (token counts mean nothing to a student), and when it starts again. */
export function TutorAllowance({ allowance }: { allowance: AllowanceStatus }) {
  const left = Math.max(0, Math.round(100 * (1 - allowance.used / allowance.limit)));
  return (
    <span className="block">
      {left}% of today&apos;s tutor allowance left
      {left < 100 && <> · back to 100% at {time.format(new Date(allowance.resetsAt))}</>}
    </span>
  );
}
