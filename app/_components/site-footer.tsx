export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        <p>
          IB Revise is free and open source. Questions are original and written in the style of the IB Diploma; it is not affiliated with or endorsed by the
          International Baccalaureate Organization. Grade boundaries shown are illustrative.
        </p>
      </div>
    </footer>
  );
}
