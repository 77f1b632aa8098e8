/** The four FSRS ratings as the review buttons name them, online and offline. */
export const RATING_NAMES = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const;

export type Rating = keyof typeof RATING_NAMES;

const ratingColours: Record<Rating, string> = {
  1: "border-red-300 text-red-800 hover:bg-red-50",
  2: "border-amber-300 text-amber-900 hover:bg-amber-50",
  3: "border-emerald-300 text-emerald-800 hover:bg-emerald-50",
  4: "border-sky-300 text-sky-800 hover:bg-sky-50",
};

/** A rating button's look: red for Again through blue for Easy. */
export const ratingButtonClass = (rating: Rating) =>
  `rounded-md border bg-white px-3 py-2.5 text-sm font-semibold focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none disabled:opacity-60 ${ratingColours[rating]}`;
