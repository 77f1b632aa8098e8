// Shared by the start form (a client component) and its parser: keep this file free of server imports.
/** The value of one course × paper radio button in the start form. */
export const mockChoiceValue = (courseSlug: string, paper: string) => `${courseSlug}|${paper}`;
