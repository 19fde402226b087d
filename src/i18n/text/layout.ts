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
};
