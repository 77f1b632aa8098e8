// Admin pages show times in UTC: admins compare them with logs and with each other.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export const formatDateTime = (at: Date | number) => `${dateTime.format(at)} UTC`;
export const formatDate = (at: Date | number) => dateOnly.format(at);
export const formatOptionalDateTime = (at: Date | null, none = "Never") => (at ? formatDateTime(at) : none);
