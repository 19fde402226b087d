import type { Locale } from '../locales.ts';

// Text of the e-mails residents receive, Dutch first; English must match it key for key (the type says so).
// Plain language (B1): a mail is read on a phone, between other things.

export const mailNl = {
  update: {
    subject: (project: string, title: string) => `${project}: ${title}`,
    intro: (project: string) => `Er is nieuws over het project ${project}.`,
    readOnline: 'Lees het op de projectpagina',
  },
  footer: {
    why: (organisation: string, project: string) =>
      `U krijgt deze e-mail omdat u het project ${project} van ${organisation} volgt.`,
    manage: 'Uw instellingen aanpassen',
    unsubscribe: 'Geen e-mail meer over dit project',
  },
};

export const mailEn: typeof mailNl = {
  update: {
    subject: (project: string, title: string) => `${project}: ${title}`,
    intro: (project: string) => `There is news about the project ${project}.`,
    readOnline: 'Read it on the project page',
  },
  footer: {
    why: (organisation: string, project: string) =>
      `You receive this e-mail because you follow the project ${project} of ${organisation}.`,
    manage: 'Change your settings',
    unsubscribe: 'No more e-mail about this project',
  },
};

export const mailText: Record<Locale, typeof mailNl> = { nl: mailNl, en: mailEn };
