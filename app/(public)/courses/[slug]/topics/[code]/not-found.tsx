import Link from "next/link";

export default function TopicNoteNotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">No note here</h1>
      <p className="mt-2 text-slate-700">This topic has no revision note yet, or the address is wrong. The course page lists the topics that have one.</p>
      <Link href="/courses" className="mt-6 inline-block font-semibold text-brand-700 underline">
        See all courses
      </Link>
    </div>
  );
}
