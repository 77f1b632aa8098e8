import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for HL option AM, the Americas.

export const americasNotes: TopicNoteInput[] = [];
