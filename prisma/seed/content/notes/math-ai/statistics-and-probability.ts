import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 4, Statistics and probability.

export const statisticsAndProbabilityNotes: TopicNoteInput[] = [];
