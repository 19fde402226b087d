// UI text of the site chrome (header, navigation, footer), Dutch first; English must match it key for key (the type says so).
// Its own file so that each part of the site can change its text without touching the others'.

export const layoutNl = {
  languageName: 'Nederlands',
  skipLink: 'Direct naar de inhoud',
  languageNavigation: 'Taal',
  siteName: (organisation: string) => `Meedoen in ${organisation}`,
  footer: (organisation: string) =>
    `Op deze site ziet u de projecten waarin ${organisation} inwoners laat meedoen. Alles wat hier staat is openbaar.`,
  allProjects: 'Alle projecten',
  notSet: 'Niet bekend',
  // Main navigation: one entry per section of the site, in the order a resident needs them.
  navigation: {
    label: 'Hoofdmenu',
    home: 'Projecten',
    promises: 'Toezeggingen',
    council: 'Gemeenteraad',
    lessons: 'Lessen',
  },
  // Footer links about the site itself.
  aboutSite: {
    label: 'Over deze site',
    accessibility: 'Toegankelijkheid',
    privacy: 'Privacy',
    feed: 'Nieuwsfeed van alle projecten',
    openData: 'Open data',
    monitor: 'Monitor: de acht sleutels',
  },
  /** The title of the site feed in the page head, so feed readers can name it. */
  feedTitle: (organisation: string) => `Nieuws over meedoen in ${organisation}`,
};

export const layoutEn: typeof layoutNl = {
  languageName: 'English',
  skipLink: 'Skip to content',
  languageNavigation: 'Language',
  siteName: (organisation: string) => `Take part in ${organisation}`,
  footer: (organisation: string) =>
    `This site shows the projects in which ${organisation} involves residents. Everything shown here is public.`,
  allProjects: 'All projects',
  notSet: 'Not known',
  navigation: {
    label: 'Main menu',
    home: 'Projects',
    promises: 'Promises',
    council: 'Council',
    lessons: 'Lessons',
  },
  aboutSite: {
    label: 'About this site',
    accessibility: 'Accessibility',
    privacy: 'Privacy',
    feed: 'News feed of all projects',
    openData: 'Open data',
    monitor: 'Monitor: the eight keys',
  },
  feedTitle: (organisation: string) => `News about taking part in ${organisation}`,
};
