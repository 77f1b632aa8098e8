import { useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { CharacterCounter } from "@/app/_components/ui/character-counter";

/**
 * The student's own question: a text box that stops at the API's limit, with a counter. While an answer
 * streams, Send becomes Stop. Enter sends (Shift+Enter for a new line), as in every chat a student knows.
 */
export function TutorComposer({
  id,
  maxChars,
  streaming,
  onSend,
  onStop,
}: {
  id: string;
  maxChars: number;
  streaming: boolean;
  onSend: (message: string) => void;
  onStop: () => void;
}) {
  const [message, setMessage] = useState("");
  const send = () => {
    const trimmed = message.trim();
    if (!trimmed || streaming) return;
    onSend(trimmed);
    setMessage("");
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };
  return (
    <form onSubmit={submit} className="mt-3">
      <label htmlFor={`${id}-message`} className="block text-sm font-medium text-slate-800">
        Ask in your own words
      </label>
      <textarea
        id={`${id}-message`}
        value={message}
        maxLength={maxChars}
        rows={3}
        onChange={(e) => setMessage(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-counter`}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none"
      />
      <CharacterCounter id={`${id}-counter`} length={message.length} max={maxChars} />
      <div className="mt-2 flex justify-end gap-2">
        {streaming ? (
          <Button variant="secondary" onClick={onStop}>
            Stop
          </Button>
        ) : (
          <Button type="submit" disabled={!message.trim()}>
            Send
          </Button>
        )}
      </div>
    </form>
  );
}
