import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for HL option AF, Africa and the Middle East.

export const africaNotes: TopicNoteInput[] = [];
