/** What the note panel's practice button says when pressed without words (shared by the panel and the server). */
export const NOTE_PRACTICE_WORDING = "Give me a practice question on this topic.";
