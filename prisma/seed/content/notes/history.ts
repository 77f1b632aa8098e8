import type { SubjectNotes } from "@/lib/notes/topic-note-input";
import { prescribedSubjectsNotes } from "./history/prescribed-subjects";
import { worldHistoryNotes } from "./history/world-history";
import { africaNotes } from "./history/africa-and-the-middle-east";
import { americasNotes } from "./history/the-americas";
import { asiaNotes } from "./history/asia-and-oceania";
import { europeNotes } from "./history/europe";

// Revision notes for IB History, one per leaf topic, read before practising it: the ideas, a worked
// example and what examiners look for. One file per part of the syllabus (notes/history/), so each can be
// written and reviewed on its own.

const notes = [...prescribedSubjectsNotes, ...worldHistoryNotes, ...africaNotes, ...americasNotes, ...asiaNotes, ...europeNotes];

export default { subject: "history", notes } satisfies SubjectNotes;
