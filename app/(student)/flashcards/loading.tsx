import { PageLoading } from "@/app/_components/page-loading";

// No child route of this segment calls notFound(), so streaming this first cannot turn a 404 into a 200
// (an assignment queue the student cannot open says so in the page instead: _components/assignment-review.tsx).
export default function Loading() {
  return <PageLoading label="Loading your flashcards…" />;
}
