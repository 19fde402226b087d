import type { Locale } from '../locales.ts';

// Text of the e-mails residents receive, Dutch first; English must match it key for key (the type says so).
// Plain language (B1): a mail is read on a phone, between other things. Labels of statuses, outcomes and
// kinds of key dates come from the site's dictionaries (src/i18n/nl.ts, en.ts), so a mail says what the
// project page says.

type Frequency = 'immediate' | 'daily' | 'weekly';

export const mailNl = {
  confirm: {
    subject: (project: string) => `Bevestig dat u het project ${project} wilt volgen`,
    subjectAll: (organisation: string) => `Bevestig dat u de projecten van ${organisation} wilt volgen`,
    subjectAlready: (project: string) => `U volgt het project ${project} al`,
    subjectAlreadyAll: (organisation: string) => `U volgt de projecten van ${organisation} al`,
    asked: (project: string, organisation: string) =>
      `Iemand heeft gevraagd om e-mail te krijgen over het project ${project} van ${organisation}. Was u dat? Bevestig het dan met de link hieronder.`,
    askedAll: (organisation: string) =>
      `Iemand heeft gevraagd om e-mail te krijgen over alle projecten van ${organisation}. Was u dat? Bevestig het dan met de link hieronder.`,
    link: 'Ja, ik wil dit volgen',
    validUntil: (date: string) => `De link werkt 7 dagen, tot ${date}.`,
    notYou:
      'Hebt u dit niet gevraagd? Dan hoeft u niets te doen. Zonder bevestiging krijgt u geen e-mail van ons. Wij verwijderen uw adres dan na 8 dagen.',
    already: (what: string) =>
      `U volgt ${what} al. Iemand heeft opnieuw gevraagd om dit te volgen met dit e-mailadres. U hoeft niets te doen.`,
    alreadyProject: (project: string) => `het project ${project}`,
    alreadyAll: (organisation: string) => `alle projecten van ${organisation}`,
    alreadyLink: 'Bekijk of wijzig uw instellingen',
    why: (organisation: string) => `U krijgt deze e-mail omdat iemand dit e-mailadres heeft ingevuld op de website van ${organisation}.`,
  },
  welcome: {
    subject: (project: string) => `Welkom: u volgt nu het project ${project}`,
    subjectAll: (organisation: string) => `Welkom: u volgt nu alle projecten van ${organisation}`,
    thanks: (project: string) => `Bedankt voor uw bevestiging. U volgt nu het project ${project}.`,
    thanksAll: (organisation: string) => `Bedankt voor uw bevestiging. U volgt nu alle projecten van ${organisation}.`,
    frequency: {
      immediate: 'U krijgt een e-mail zodra er nieuws is.',
      daily: "U krijgt hooguit één e-mail per dag, om 7 uur 's ochtends, met al het nieuws van de dag ervoor.",
      weekly: "U krijgt hooguit één e-mail per week, op maandag om 7 uur 's ochtends, met al het nieuws van die week.",
    } satisfies Record<Frequency, string>,
    allIntro: 'Op de website ziet u welke projecten er zijn en wat u nu kunt doen.',
    allLink: 'Bekijk alle projecten',
    catchUpIntro: 'Hieronder leest u in het kort wat er tot nu toe is gebeurd.',
    projectLink: 'Bekijk het project',
    joinLink: 'Doe mee: zo kunt u nu meedoen',
    changeLater: 'Wilt u minder vaak e-mail, of in een andere taal? Dat kunt u altijd aanpassen met de link onderaan.',
  },
  notice: {
    intro: (project: string) => `Er is nieuws over het project ${project}.`,
    readOnline: 'Lees het op de projectpagina',
    update: {
      subject: (project: string, title: string) => `${project}: ${title}`,
    },
    decision: {
      subject: (project: string, title: string) => `Besluit in ${project}: ${title}`,
      heading: (title: string) => `Besluit: ${title}`,
      decided: (date: string, by: string) => `Besloten op ${date} door ${by}.`,
      what: 'Wat er is besloten',
      why: 'Waarom',
      inputUsed: 'Wat er met de inbreng van inwoners is gedaan',
    },
    promise: {
      subject: (project: string, status: string) => `Toezegging in ${project}: nu "${status}"`,
      heading: (promise: string) => `Toezegging: ${promise}`,
      changed: (from: string, to: string) => `De status is veranderd van "${from}" naar "${to}".`,
      set: (to: string) => `De status is nu "${to}".`,
      when: (date: string, by: string) => `Veranderd op ${date} door ${by}.`,
      explanation: 'Uitleg',
    },
    council: {
      subject: (project: string, body: string, outcome: string) => `${body} over ${project}: ${outcome}`,
      heading: (agendaItem: string) => `Uitkomst: ${agendaItem}`,
      meeting: (body: string, date: string) => `Vergadering van ${body} op ${date}.`,
      outcome: (outcome: string) => `Uitkomst: ${outcome}.`,
      summary: 'Wat er is besloten',
      differs: 'Dit besluit wijkt af van wat inwoners hebben ingebracht. De redenen:',
    },
    keyDate: {
      subject: (project: string, kind: string, title: string) => `${kind} in ${project}: ${title}`,
      heading: (kind: string, title: string) => `${kind}: ${title}`,
      when: 'Wanneer',
      where: 'Waar',
      online: 'Online',
      howToJoin: 'Zo doet u mee',
      joinLink: 'Meer over meedoen aan dit project',
    },
    invitation: {
      subject: (project: string, title: string) => `Uitnodiging voor ${project}: ${title}`,
      heading: (title: string) => `Uitnodiging: ${title}`,
      why: 'U krijgt deze uitnodiging omdat u bij dit project hebt aangegeven dat u wilt meedoen.',
      whyGroup: (group: string) => `U krijgt deze uitnodiging omdat u bij dit project hebt aangegeven dat u wilt meedoen, als ${group}.`,
      reply: 'Wilt u reageren of u aanmelden? Beantwoord dan deze e-mail. Uw antwoord gaat naar de contactpersoon van het project.',
    },
    newPromise: {
      subject: (project: string) => `Nieuwe toezegging in het project ${project}`,
      heading: (promise: string) => `Nieuwe toezegging: ${promise}`,
      made: (date: string, by: string, context: string) => `Toegezegd op ${date} door ${by} (${context}).`,
      due: (date: string) => `De gemeente wil dit klaar hebben op ${date}.`,
    },
    keyDateChanged: {
      subject: (project: string, title: string) => `Veranderd: ${title} (${project})`,
      heading: (kind: string, title: string) => `Veranderd: ${kind} ${title}`,
      intro: 'De datum, de tijd of de plek is veranderd. Dit stond er eerst, en dit geldt nu:',
      before: 'Eerst',
      after: 'Nu',
    },
    expectations: {
      subject: (project: string) => `Wat u kunt verwachten is veranderd (${project})`,
      heading: (phase: string) => `Nieuwe verwachtingen voor de fase ${phase}`,
      intro: 'De gemeente heeft veranderd wat u in deze fase kunt verwachten. Per onderdeel ziet u wat er eerst stond en wat er nu staat.',
      before: 'Eerst',
      after: 'Nu',
      fields: {
        participation_level: 'Hoeveel u kunt meebeslissen',
        open_for_input: 'Wat u nog kunt beïnvloeden',
        fixed_frames: 'Wat al vastligt',
        time_asked: 'Hoeveel tijd we van u vragen',
        time_asked_hours: 'Tijd in uren',
        results_expected: 'Wanneer u terughoort',
        results_expected_on: 'Datum waarop u terughoort',
        council_role: 'Rol van de gemeenteraad in deze fase',
        council_role_explanation: 'Wat de gemeenteraad in deze fase doet',
      },
      none: 'niet ingevuld',
      asProject: 'zoals bij het hele project',
    },
    withdrawal: {
      subject: (project: string, title: string) => `Ingetrokken: ${title} (${project})`,
      subjectCancelled: (project: string, title: string) => `Gaat niet door: ${title} (${project})`,
      heading: (kind: string, title: string) => `Ingetrokken: ${kind} ${title}`,
      headingCancelled: (title: string) => `Gaat niet door: ${title}`,
      when: (date: string) =>
        `De gemeente heeft dit op ${date} van de website gehaald. Op de projectpagina blijft staan wat het was en waarom het is ingetrokken.`,
      reason: 'Waarom',
      changes: 'Bekijk alle wijzigingen in dit project',
    },
  },
  digest: {
    subject: (frequency: 'daily' | 'weekly', count: number) =>
      `${frequency === 'daily' ? 'Uw dagelijkse overzicht' : 'Uw wekelijkse overzicht'}: ${count} ${count === 1 ? 'bericht' : 'berichten'}`,
    heading: (frequency: 'daily' | 'weekly'): string =>
      frequency === 'daily' ? 'Nieuws van de afgelopen dag' : 'Nieuws van de afgelopen week',
    intro: (count: number, organisation: string) =>
      `Er ${count === 1 ? 'is 1 bericht' : `zijn ${count} berichten`} over de projecten die u volgt bij ${organisation}.`,
    project: (project: string) => `Project: ${project}`,
    update: (title: string) => `Nieuws: ${title}`,
  },
  footer: {
    why: (organisation: string, project: string) =>
      `U krijgt deze e-mail omdat u het nieuws over het project ${project} van ${organisation} volgt.`,
    whyAll: (organisation: string) => `U krijgt deze e-mail omdat u het nieuws over de projecten van ${organisation} volgt.`,
    manage: 'Uw instellingen aanpassen',
    unsubscribe: 'Geen e-mail meer hierover',
    unsubscribeAll: 'Geen e-mail meer van ons',
  },
};

export const mailEn: typeof mailNl = {
  confirm: {
    subject: (project: string) => `Confirm that you want to follow the project ${project}`,
    subjectAll: (organisation: string) => `Confirm that you want to follow the projects of ${organisation}`,
    subjectAlready: (project: string) => `You already follow the project ${project}`,
    subjectAlreadyAll: (organisation: string) => `You already follow the projects of ${organisation}`,
    asked: (project: string, organisation: string) =>
      `Someone asked to get e-mail about the project ${project} of ${organisation}. Was that you? Then please confirm with the link below.`,
    askedAll: (organisation: string) =>
      `Someone asked to get e-mail about all projects of ${organisation}. Was that you? Then please confirm with the link below.`,
    link: 'Yes, I want to follow this',
    validUntil: (date: string) => `The link works for 7 days, until ${date}.`,
    notYou:
      'Did you not ask for this? Then you do not need to do anything. Without confirmation you will get no e-mail from us. We then delete your address after 8 days.',
    already: (what: string) =>
      `You already follow ${what}. Someone asked again to follow it with this e-mail address. You do not need to do anything.`,
    alreadyProject: (project: string) => `the project ${project}`,
    alreadyAll: (organisation: string) => `all projects of ${organisation}`,
    alreadyLink: 'See or change your settings',
    why: (organisation: string) =>
      `You receive this e-mail because someone filled in this e-mail address on the website of ${organisation}.`,
  },
  welcome: {
    subject: (project: string) => `Welcome: you now follow the project ${project}`,
    subjectAll: (organisation: string) => `Welcome: you now follow all projects of ${organisation}`,
    thanks: (project: string) => `Thank you for confirming. You now follow the project ${project}.`,
    thanksAll: (organisation: string) => `Thank you for confirming. You now follow all projects of ${organisation}.`,
    frequency: {
      immediate: 'You will get an e-mail as soon as there is news.',
      daily: 'You will get at most one e-mail a day, at 7 in the morning, with all the news of the day before.',
      weekly: 'You will get at most one e-mail a week, on Monday at 7 in the morning, with all the news of that week.',
    },
    allIntro: 'On the website you can see which projects there are and what you can do now.',
    allLink: 'See all projects',
    catchUpIntro: 'Below you can read in short what has happened so far.',
    projectLink: 'See the project',
    joinLink: 'Take part: how you can take part now',
    changeLater: 'Do you want e-mail less often, or in another language? You can change that at any time with the link at the bottom.',
  },
  notice: {
    intro: (project: string) => `There is news about the project ${project}.`,
    readOnline: 'Read it on the project page',
    update: {
      subject: (project: string, title: string) => `${project}: ${title}`,
    },
    decision: {
      subject: (project: string, title: string) => `Decision in ${project}: ${title}`,
      heading: (title: string) => `Decision: ${title}`,
      decided: (date: string, by: string) => `Decided on ${date} by ${by}.`,
      what: 'What was decided',
      why: 'Why',
      inputUsed: 'What was done with the input of residents',
    },
    promise: {
      subject: (project: string, status: string) => `Promise in ${project}: now "${status}"`,
      heading: (promise: string) => `Promise: ${promise}`,
      changed: (from: string, to: string) => `The status changed from "${from}" to "${to}".`,
      set: (to: string) => `The status is now "${to}".`,
      when: (date: string, by: string) => `Changed on ${date} by ${by}.`,
      explanation: 'Explanation',
    },
    council: {
      subject: (project: string, body: string, outcome: string) => `${body} on ${project}: ${outcome}`,
      heading: (agendaItem: string) => `Outcome: ${agendaItem}`,
      meeting: (body: string, date: string) => `Meeting of ${body} on ${date}.`,
      outcome: (outcome: string) => `Outcome: ${outcome}.`,
      summary: 'What was decided',
      differs: 'This decision differs from what residents put forward. The reasons:',
    },
    keyDate: {
      subject: (project: string, kind: string, title: string) => `${kind} in ${project}: ${title}`,
      heading: (kind: string, title: string) => `${kind}: ${title}`,
      when: 'When',
      where: 'Where',
      online: 'Online',
      howToJoin: 'How to take part',
      joinLink: 'More about taking part in this project',
    },
    invitation: {
      subject: (project: string, title: string) => `Invitation for ${project}: ${title}`,
      heading: (title: string) => `Invitation: ${title}`,
      why: 'You get this invitation because you said you want to take part in this project.',
      whyGroup: (group: string) => `You get this invitation because you said you want to take part in this project, as ${group}.`,
      reply: 'Want to respond or sign up? Reply to this e-mail. Your reply goes to the contact person of the project.',
    },
    newPromise: {
      subject: (project: string) => `New promise in the project ${project}`,
      heading: (promise: string) => `New promise: ${promise}`,
      made: (date: string, by: string, context: string) => `Promised on ${date} by ${by} (${context}).`,
      due: (date: string) => `The municipality wants this done by ${date}.`,
    },
    keyDateChanged: {
      subject: (project: string, title: string) => `Changed: ${title} (${project})`,
      heading: (kind: string, title: string) => `Changed: ${kind} ${title}`,
      intro: 'The date, the time or the place has changed. This is what it said before, and what holds now:',
      before: 'Before',
      after: 'Now',
    },
    expectations: {
      subject: (project: string) => `What you can expect has changed (${project})`,
      heading: (phase: string) => `New expectations for the phase ${phase}`,
      intro:
        'The municipality has changed what you can expect in this phase. For each part you see what it said before and what it says now.',
      before: 'Before',
      after: 'Now',
      fields: {
        participation_level: 'How much say you have',
        open_for_input: 'What you can still influence',
        fixed_frames: 'What is already fixed',
        time_asked: 'How much time we ask of you',
        time_asked_hours: 'Time in hours',
        results_expected: 'When you hear back',
        results_expected_on: 'Date you hear back',
        council_role: "The municipal council's role in this phase",
        council_role_explanation: 'What the municipal council does in this phase',
      },
      none: 'not filled in',
      asProject: 'as for the whole project',
    },
    withdrawal: {
      subject: (project: string, title: string) => `Withdrawn: ${title} (${project})`,
      subjectCancelled: (project: string, title: string) => `Cancelled: ${title} (${project})`,
      heading: (kind: string, title: string) => `Withdrawn: ${kind} ${title}`,
      headingCancelled: (title: string) => `Cancelled: ${title}`,
      when: (date: string) =>
        `The municipality took this off the website on ${date}. The project page keeps saying what it was and why it was withdrawn.`,
      reason: 'Why',
      changes: 'See all changes in this project',
    },
  },
  digest: {
    subject: (frequency: 'daily' | 'weekly', count: number) =>
      `${frequency === 'daily' ? 'Your daily summary' : 'Your weekly summary'}: ${count} ${count === 1 ? 'item' : 'items'}`,
    heading: (frequency: 'daily' | 'weekly') => (frequency === 'daily' ? 'News of the past day' : 'News of the past week'),
    intro: (count: number, organisation: string) =>
      `There ${count === 1 ? 'is 1 item' : `are ${count} items`} about the projects you follow at ${organisation}.`,
    project: (project: string) => `Project: ${project}`,
    update: (title: string) => `News: ${title}`,
  },
  footer: {
    why: (organisation: string, project: string) =>
      `You receive this e-mail because you follow the news about the project ${project} of ${organisation}.`,
    whyAll: (organisation: string) => `You receive this e-mail because you follow the news about the projects of ${organisation}.`,
    manage: 'Change your settings',
    unsubscribe: 'No more e-mail about this',
    unsubscribeAll: 'No more e-mail from us',
  },
};

export const mailText: Record<Locale, typeof mailNl> = { nl: mailNl, en: mailEn };
