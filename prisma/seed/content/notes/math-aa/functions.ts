import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Analysis and Approaches revision notes for 2, Functions.

export const functionsNotes: TopicNoteInput[] = [];
