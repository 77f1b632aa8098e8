/** Shown while a signed-in page gathers its data: the page's shape in grey, announced to screen readers. */
export function PageLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-8 w-64 max-w-full rounded bg-slate-200" />
      <div aria-hidden="true" className="mt-3 h-4 w-96 max-w-full rounded bg-slate-200" />
      <div aria-hidden="true" className="mt-8 grid gap-4 sm:grid-cols-2">
        <div className="h-32 rounded-xl bg-slate-200" />
        <div className="h-32 rounded-xl bg-slate-200" />
      </div>
    </div>
  );
}
