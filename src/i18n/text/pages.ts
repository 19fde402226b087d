// UI text of the home page and the pages across projects, Dutch first; English must match it key for key (the type says so).
// Its own file so that each part of the site can change its text without touching the others'.

export const pagesNl = {
  home: {
    title: 'Projecten',
    intro: (organisation: string) =>
      `Hier ziet u de projecten van ${organisation} waarin u kunt meedenken of meedoen. Per project leest u wat u nog kunt beïnvloeden, wat al vastligt en wanneer u kunt meedoen.`,
    theme: 'Thema',
    area: 'Gebied',
    status: 'Stand van zaken',
    currentPhase: 'Fase nu',
    notStarted: 'Nog niet begonnen',
    yourInfluence: 'Uw invloed',
    nextMoment: 'Volgende moment',
    noNextMoment: 'Nog geen moment gepland',
    openForInput: 'U kunt nu meedoen',
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    body: 'De pagina is verplaatst of verwijderd, of het adres is niet goed getypt.',
    back: 'Naar alle projecten',
  },
};

export const pagesEn: typeof pagesNl = {
  home: {
    title: 'Projects',
    intro: (organisation: string) =>
      `These are the projects of ${organisation} in which you can share your views or take part. For each project you can read what you can still influence, what is already fixed and when you can take part.`,
    theme: 'Theme',
    area: 'Area',
    status: 'Status',
    currentPhase: 'Current phase',
    notStarted: 'Not started yet',
    yourInfluence: 'Your influence',
    nextMoment: 'Next moment',
    noNextMoment: 'No moment planned yet',
    openForInput: 'You can take part now',
  },
  notFound: {
    title: 'This page does not exist',
    body: 'The page has been moved or removed, or the address was mistyped.',
    back: 'To all projects',
  },
};
