import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 5, Calculus.

export const calculusNotes: TopicNoteInput[] = [];
