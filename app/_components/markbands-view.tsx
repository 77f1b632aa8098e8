import { RichText } from "@/app/_components/rich-text";
import type { BandAward } from "@/lib/marking/marking-types";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";

const marksText = (min: number, max: number) => (min === max ? `${max} ${max === 1 ? "mark" : "marks"}` : `${min}–${max} marks`);

/** Markbands as a table per criterion, top level first, with the level an answer was placed at marked. */
export function MarkbandsView({ criteria, awards }: { criteria: MarkbandCriterion[]; awards: BandAward[] | null }) {
  const byCriterion = new Map((awards ?? []).map((a) => [a.criterion, a]));
  return (
    <div className="space-y-4">
      {criteria.map((criterion) => {
        const award = byCriterion.get(criterion.id);
        return (
          <section key={criterion.id} aria-label={`Markbands: ${criterion.title}`}>
            <h3 className="font-semibold">
              {criteria.length > 1 ? `Criterion ${criterion.id}: ` : ""}
              {criterion.title}
              {award && (
                <span className="ml-2 text-sm font-medium text-emerald-800">
                  Level {award.level}, {award.marks} / {criterion.levels.at(-1)?.max ?? 0}
                </span>
              )}
            </h3>
            <ol className="mt-2 space-y-2">
              {criterion.levels
                .map((level, i) => ({ level, n: i + 1 }))
                .reverse()
                .map(({ level, n }) => {
                  const chosen = award?.level === n;
                  return (
                    <li
                      key={n}
                      className={`flex flex-col gap-1 rounded-md border p-3 text-sm sm:flex-row sm:items-start sm:gap-3 ${chosen ? "border-emerald-600 bg-emerald-50" : "border-slate-200 bg-white"}`}
                    >
                      <span className="shrink-0 font-semibold sm:w-24">
                        Level {n}
                        <span className="ml-2 text-xs font-normal text-slate-600 sm:ml-0 sm:block">{marksText(level.min, level.max)}</span>
                        {chosen && <span className="ml-2 text-xs font-medium text-emerald-800 sm:ml-0 sm:block">Your level</span>}
                      </span>
                      <RichText source={level.descriptor} className="min-w-0 flex-1" />
                    </li>
                  );
                })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
