// UI text of the feeds, calendars and open data, Dutch first; English must match it key for key (the type says so).
// Its own file so that each part of the site can change its text without touching the others'.

export const feedsNl = {};

export const feedsEn: typeof feedsNl = {};
