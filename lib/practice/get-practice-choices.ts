import { getCourse, type TopicNode } from "@/lib/catalog/get-course";
import { listEnrolments } from "@/lib/enrolments/list-enrolments";

export type PracticeCourseChoice = {
  slug: string;
  name: string;
  papers: string[];
  topics: { code: string; title: string; depth: number; questionCount: number }[];
};

/** What the start-a-set form offers: the user's courses with their topics (from the cached catalog). */
export async function getPracticeChoices(userId: string): Promise<PracticeCourseChoice[]> {
  const enrolments = await listEnrolments(userId);
  const courses = await Promise.all(enrolments.map((e) => getCourse(e.slug)));
  return courses.flatMap((course) => {
    if (!course) return [];
    const topics: PracticeCourseChoice["topics"] = [];
    const walk = (nodes: TopicNode[], depth: number) =>
      nodes.forEach((n) => {
        // Topics without questions (yet) would only lead to "no questions match".
        if (n.questionCount > 0) topics.push({ code: n.code, title: n.title, depth, questionCount: n.questionCount });
        walk(n.children, depth + 1);
      });
    walk(course.topics, 0);
    return [{ slug: course.slug, name: course.name, papers: course.papers.map((p) => p.code), topics }];
  });
}
