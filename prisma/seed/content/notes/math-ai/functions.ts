import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 2, Functions.

export const functionsNotes: TopicNoteInput[] = [];
