import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Analysis and Approaches revision notes for 3, Geometry and trigonometry.

export const geometryAndTrigonometryNotes: TopicNoteInput[] = [];
