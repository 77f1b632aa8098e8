import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for the prescribed subjects (PS1–PS5).

export const prescribedSubjectsNotes: TopicNoteInput[] = [];
