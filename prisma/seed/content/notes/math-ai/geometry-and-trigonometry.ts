import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB Mathematics: Applications and Interpretation revision notes for 3, Geometry and trigonometry.

export const geometryAndTrigonometryNotes: TopicNoteInput[] = [];
