import type { TopicNoteInput } from "@/lib/notes/topic-note-input";

// IB History revision notes for HL option AS, Asia and Oceania.

export const asiaNotes: TopicNoteInput[] = [];
