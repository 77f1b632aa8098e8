/** Questions need this many marked attempts to be judged (fixed in the stats_question_success view). */
export const LOW_SUCCESS_MIN_ATTEMPTS = 20;
/** A question is "unusually low" when its mean score share is at least this far below its course's. */
export const LOW_SUCCESS_GAP = 0.2;
/** A leaf topic with fewer published questions than this is a coverage gap. */
export const MIN_PUBLISHED_PER_TOPIC = 3;
