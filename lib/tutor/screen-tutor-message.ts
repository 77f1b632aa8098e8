/**
 * Requests the tutor declines on the server, before any model sees them: a fixed, kind reply is stored
 * and streamed instead, and no tokens are spent. The system prompt also tells the model to decline
 * off-topic and unsafe requests; this screen is the floor that holds whatever the model does, so it
 * only catches what is unambiguous (a chemistry student asking why a reaction is explosive must pass).
 */
export type ScreenedCategory = "self-harm" | "dangerous" | "academic-integrity";
export type ScreenedMessage = { category: ScreenedCategory; reply: string };

const patterns: Record<ScreenedCategory, RegExp[]> = {
  "self-harm": [
    /\b(kill|hurt|harm|cut|starve)\s+myself\b/,
    /\bsuicid(e|al)\b/,
    /\bself[\s-]?harm/,
    /\b(want|going|plan(ning)?)\s+to\s+die\b/,
    /\bend\s+(my\s+life|it\s+all)\b/,
  ],
  dangerous: [
    /\b(make|build|assemble|synthesi[sz]e|cook|brew|produce)\b[^.?!]{0,40}\b(bomb|pipe\s?bomb|explosive\s+device|ied|nerve\s+agent|napalm|meth(amphetamine)?|ricin|untraceable\s+(gun|poison))\b/,
    /\bhow\s+(do\s+i|to|can\s+i)\s+(poison|stab|shoot)\s+(someone|somebody|a\s+person|my|him|her|them)\b/,
  ],
  "academic-integrity": [
    /\b(write|do|finish|complete)\s+(my|our|the)\s+(whole\s+)?(ia|internal\s+assessment|extended\s+essay|ee|tok\s+(essay|exhibition)|coursework|written\s+assignment)\b/,
    /\b(leaked|real|actual)\s+(exam\s+)?(paper|papers|questions?|answers?)\s+(for|from|of)\s+(the\s+)?(may|november)\b/,
  ],
};

const replies: Record<ScreenedCategory, (topic: string) => string> = {
  "self-harm": () =>
    "I'm really sorry you're feeling like this. I'm only a revision tutor, so please talk to someone who can help you now: a parent, a teacher or your school counsellor, or your local emergency number if you might be in danger. You don't have to deal with this on your own. When you're ready, I'm here to help with this question.",
  dangerous: (topic) => `I can't help with that. Let's get back to ${topic}: what shall we work through?`,
  "academic-integrity": (topic) =>
    `I can't write coursework or find exam papers for you: the IB's academic integrity rules need your IA, extended essay and TOK work to be your own. I can explain the ideas behind ${topic}, or help you plan how to approach this question.`,
};

/** Lower case, without zero-width characters and with single spaces, so spacing tricks match too. */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ");
}

/** The fixed reply when the student's message must not reach the model; null for everything else. */
export function screenTutorMessage(message: string, topicTitle: string): ScreenedMessage | null {
  const text = normalise(message);
  for (const category of Object.keys(patterns) as ScreenedCategory[]) {
    if (patterns[category].some((p) => p.test(text))) return { category, reply: replies[category](topicTitle) };
  }
  return null;
}
