import { RichText } from "@/app/_components/rich-text";
import type { FlashcardContent, MistakeContent } from "@/lib/flashcards/queue-item";
import { CardBackLayout, CardFrontLayout } from "./card-face-layout";

type Content = FlashcardContent | MistakeContent;

/** What the student recalls from, rendered on the server. */
export function CardFront({ content }: { content: Content }) {
  return <CardFrontLayout content={content} Rich={RichText} />;
}

/** The answer side, rendered on the server. */
export function CardBack({ content }: { content: Content }) {
  return <CardBackLayout content={content} Rich={RichText} />;
}
