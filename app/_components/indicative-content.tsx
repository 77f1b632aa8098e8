import { RichText } from "@/app/_components/rich-text";

/** Under markbands the markscheme's points are not marks but what a good answer may say. */
export function IndicativeContent({ points }: { points: { label: string; text: string }[] }) {
  if (!points.length) return null;
  return (
    <section aria-label="Indicative content" className="rounded-md border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">Indicative content</h3>
      <p className="mt-1 text-sm text-slate-700">What a strong answer may include. It is not a checklist: other relevant points are credited too.</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {points.map((p) => (
          <li key={p.label}>
            <RichText source={p.text} />
          </li>
        ))}
      </ul>
    </section>
  );
}
