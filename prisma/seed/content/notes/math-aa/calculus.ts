import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Analysis and Approaches revision notes for 5, Calculus.

export const calculusNotes: TopicNoteInput[] = [];
