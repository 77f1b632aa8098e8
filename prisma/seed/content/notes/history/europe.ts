import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for HL option EU, Europe.

export const europeNotes: TopicNoteInput[] = [];
