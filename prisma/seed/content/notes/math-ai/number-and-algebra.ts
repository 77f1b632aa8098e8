import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 1, Number and algebra.

export const numberAndAlgebraNotes: TopicNoteInput[] = [];
