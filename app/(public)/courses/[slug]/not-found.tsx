import Link from "next/link";

export default function CourseNotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">Course not found</h1>
      <p className="mt-2 text-slate-700">There is no course at this address. It may have been renamed or archived.</p>
      <Link href="/courses" className="mt-6 inline-block font-semibold text-brand-700 hover:underline">
        See all courses
      </Link>
    </div>
  );
}
