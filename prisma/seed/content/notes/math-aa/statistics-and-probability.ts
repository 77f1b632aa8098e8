import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Analysis and Approaches revision notes for 4, Statistics and probability.

export const statisticsAndProbabilityNotes: TopicNoteInput[] = [];
