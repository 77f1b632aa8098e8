"use client";

import { createContext, useContext, useEffect, useState } from "react";
import type { TopicMastery } from "@/lib/progress/get-course-mastery";
import { forgetSignedInHint, useSignedInHint } from "@/app/_components/signed-in-hint";

// The course page is static and shared by everyone; a signed-in student's mastery is fetched after
// load from a private endpoint, so the page itself stays cacheable at the CDN. Visitors without a session
// (no signed-in hint) never call it: a 401 in every visitor's console is noise.
const MasteryContext = createContext<Record<string, TopicMastery> | null>(null);

export function CourseMasteryProvider({ courseSlug, children }: { courseSlug: string; children: React.ReactNode }) {
  const [topics, setTopics] = useState<Record<string, TopicMastery> | null>(null);
  const signedIn = useSignedInHint();
  useEffect(() => {
    if (!signedIn) return;
    let cancelled = false;
    fetch(`/api/v1/me/courses/${courseSlug}/mastery`, { credentials: "same-origin" })
      .then((res) => {
        if (res.status === 401) forgetSignedInHint();
        return res.ok ? (res.json() as Promise<{ topics: Record<string, TopicMastery> }>) : null;
      })
      .then((body) => !cancelled && body && setTopics(body.topics))
      .catch(() => undefined); // offline: the page simply shows no mastery
    return () => {
      cancelled = true;
    };
  }, [courseSlug, signedIn]);
  return <MasteryContext.Provider value={topics}>{children}</MasteryContext.Provider>;
}

const tone = (m: number) => (m >= 0.75 ? "bg-emerald-100 text-emerald-800" : m >= 0.5 ? "bg-amber-100 text-amber-900" : "bg-red-100 text-red-800");

export function MasteryBadge({ topicId }: { topicId: string }) {
  const topics = useContext(MasteryContext);
  const entry = topics?.[topicId];
  if (!entry) return null;
  const percent = Math.round(entry.mastery * 100);
  return (
    <span className={`rounded px-1.5 text-xs font-medium ${tone(entry.mastery)}`} title={`${entry.attempts} attempts`}>
      {percent}% mastery
    </span>
  );
}
