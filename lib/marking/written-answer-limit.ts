/**
 * The longest written answer, in characters, for practice and mocks alike: the answer box stops there
 * and shows a counter, and the server refuses anything longer. A long IB answer is a few hundred words,
 * so this leaves ample room. Safe to import from client components.
 */
export const MAX_WRITTEN_ANSWER_LENGTH = 10_000;
