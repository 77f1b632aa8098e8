import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for the world history topics (WH1–WH12).

export const worldHistoryNotes: TopicNoteInput[] = [];
