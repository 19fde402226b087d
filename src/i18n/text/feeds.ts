// UI text of the feeds, calendars and open data, Dutch first; English must match it key for key (the type says so).
// Its own file so that each part of the site can change its text without touching the others'.

export const feedsNl = {
  feed: {
    siteTitle: (organisation: string) => `Meedoen in ${organisation}: nieuws`,
    siteDescription: (organisation: string) =>
      `Nieuws, besluiten, toezeggingen en uitkomsten van de gemeenteraad bij alle projecten van ${organisation}.`,
    projectTitle: (project: string) => `${project}: nieuws`,
    projectDescription: (project: string) =>
      `Nieuws, besluiten, toezeggingen en uitkomsten van de gemeenteraad bij het project ${project}.`,
    decision: 'Besluit',
    update: 'Nieuws',
    promise: 'Toezegging',
    decidedBy: 'Besloten door',
    rationale: 'Waarom',
    inputUsed: 'Wat er met uw inbreng is gedaan',
    newStatus: 'Nieuwe stand',
    explanation: 'Toelichting',
    changedBy: 'Door',
    promisedBy: 'Toegezegd door',
    dueOn: 'Uiterlijk',
    proposal: 'Voorstel',
    outcome: 'Uitkomst',
    differs: 'De raad besloot anders dan de uitkomst van de participatie.',
    councilReasons: 'Waarom de raad anders besloot',
    effectOnPromises: 'Wat dit betekent voor de toezeggingen',
    source: 'Bron',
    councilLetter: 'Raadsinformatiebrief',
    motions: 'Moties en amendementen',
  },
  calendar: {
    name: (project: string) => `${project}: momenten`,
    howToJoin: 'Zo doet u mee',
    joinOnline: 'Online meedoen',
    proposal: 'Voorstel',
    outcome: 'Uitkomst',
    moreInformation: 'Meer informatie',
    online: 'Online',
    // The calendar of the council's meetings (the council page).
    councilName: (council: string) => `${council}: vergaderingen`,
    agenda: 'Op de agenda',
    project: 'Project',
    motions: 'Moties en amendementen',
  },
  openData: {
    title: 'Open data',
    intro: (organisation: string) =>
      `Alles wat op deze site staat, kunt u ook als bestand downloaden. Zo kunt u de gegevens van ${organisation} zelf gebruiken, bijvoorbeeld om ze te vergelijken of er een kaart van te maken. Er staan geen e-mailadressen in.`,
    portalTitle: 'Het overzicht',
    portalFile:
      'De gemeente en al haar projecten, met per project de adressen van de andere bestanden. Ook de projecten die zijn ingetrokken staan erin: wanneer en waarom.',
    portalLink: 'Overzicht (JSON)',
    projectsTitle: 'Per project',
    projectsIntro: 'Per project is er een bestand met alles over het project, een nieuwsfeed en een agenda.',
    noProjects: 'Er staan nog geen projecten op deze site. Zodra er een project bij komt, vindt u hier de bestanden ervan.',
    projectColumn: 'Project',
    dataColumn: 'Gegevens',
    feedColumn: 'Nieuws',
    calendarColumn: 'Agenda',
    dataLink: 'JSON',
    feedLink: 'Nieuwsfeed',
    calendarLink: 'Agenda',
    schemaTitle: 'De opbouw van de bestanden',
    schemaIntro:
      'Voor elk soort bestand is er een JSON Schema (versie 2020-12). Dat beschrijft precies welke velden er zijn en welke waarden ze mogen hebben. Met een programma kunt u zo controleren of een bestand klopt.',
    portalSchema: 'Schema van het overzicht',
    projectSchema: 'Schema van een project',
    ledgerSchema: 'Schema van het grootboek',
    ledgerPageSchema: 'Schema van een deel van het grootboek',
    monitorSchema: 'Schema van de cijfers van de monitor',
    monitorTitle: 'Monitor van de acht sleutels',
    monitorText:
      'Per project en per regel van de acht sleutels: in orde, open of geldt niet, met de cijfers en links naar de stukken erachter. Ook als CSV, één regel per project en regel, voor een spreadsheet.',
    monitorJson: 'Cijfers van de monitor (JSON)',
    monitorCsv: 'Cijfers van de monitor (CSV)',
    feedsTitle: 'Nieuws en agenda volgen',
    feedsIntro:
      'Wilt u op de hoogte blijven? Gebruik dan een nieuwslezer: een app die het nieuws van websites voor u verzamelt (de techniek heet RSS). Of zet de momenten in uw eigen agenda (de techniek heet iCalendar).',
    siteFeed: 'Nieuwsfeed van alle projecten',
    councilCalendar: 'Agenda van de vergaderingen van de gemeenteraad en de commissies',
    fieldsTitle: 'Wat betekenen de velden?',
    fieldsIntro: 'De belangrijkste velden in het bestand van een project. Datums staan als jaar-maand-dag, tijden met de tijdzone erbij.',
    fieldColumn: 'Veld',
    meaningColumn: 'Betekenis',
    fields: {
      project:
        'Het project: titel, samenvatting, thema, gebied, stand van zaken, looptijd en de rol van de gemeenteraad. Onder investment staat wat het meedoen kost en vraagt: bijeenkomsten, tijd per deelnemer in uren (participant_hours) en budget.',
      people: 'Wie er verantwoordelijk zijn: de contactpersoon, de projectleider en de wethouder, met sinds wanneer. Alleen werkgegevens.',
      phases:
        'De fasen van het project. Per fase: hoeveel invloed u heeft, wat u nog kunt beïnvloeden, wat al vastligt, hoeveel tijd het u kost en wanneer u hoort wat er met uw inbreng gebeurt. Onder council_role staat de rol van de raad in die fase; leeg betekent: de rol van het project.',
      handovers: 'Overdrachten tussen fasen of afdelingen, en wie daarna de contactpersoon is.',
      decisions: 'Besluiten, met waarom en wat er met de inbreng van inwoners is gedaan.',
      input_themes: 'Wat inwoners zeiden, per thema, en welk besluit daarop antwoordde ("u zei, wij deden").',
      promises:
        'Toezeggingen: wie wat beloofde, aan wie (made_to: inwoners of de gemeenteraad), wanneer en voor welke datum, de stand nu, of ze te laat zijn, en de hele geschiedenis.',
      council_moments:
        'Momenten waarop de gemeenteraad of een commissie (meeting_kind) het project bespreekt: wanneer (starts_at, als de tijd bekend is), het voorstel, de uitkomst, en of de raad anders besloot dan de uitkomst van de participatie, met de redenen. source_id en meeting_source_id zijn de nummers van het agendapunt en de vergadering in Open Raadsinformatie.',
      motions:
        'Moties en amendementen bij een moment in de raad (council_moment_id): wie ze indiende, wat ze vragen, de uitslag, wat ze veranderden en hoe elke partij stemde (votes).',
      council_letters: 'Raadsinformatiebrieven: wanneer het college de raad iets liet weten over het project, en wat.',
      updates: 'Nieuwsberichten. De tekst staat in Markdown.',
      key_dates: 'Momenten om mee te doen: wanneer, waar of online, en hoe u meedoet.',
      groups: 'Welke groepen meedoen, en welke nog niet bereikt zijn.',
      lessons: 'Wat de gemeente van het project heeft geleerd.',
      invitations:
        'De uitnodigingen aan volgers die willen meedoen: waarvoor, voor welke buurt of groep, en aan hoeveel volgers ze zijn verstuurd. Nooit wie.',
      withdrawn: 'Wat is ingetrokken: wat het was, wanneer en waarom. Het blijft zo zichtbaar.',
      history:
        'Elke publicatie, wijziging en intrekking, met de inhoud van elke versie, wie het goedkeurde (rol, geen naam) en de regel in het grootboek.',
      ledger_head:
        'De laatste regel van het grootboek toen dit bestand werd gemaakt. Elk onderdeel heeft een version (hoeveel versies er zijn gepubliceerd), revised_at (wanneer het laatst is gewijzigd) en self_approved (gepubliceerd zonder tweede controle).',
      timeline: 'Alles hierboven in één tijdlijn, van oud naar nieuw.',
      check:
        'De controle op de acht sleutels op de dag dat dit bestand werd gemaakt: per regel in orde, open of geldt niet, met de cijfers en de stukken erachter, en welke regels open waren aan het eind van elke maand. De pagina Monitor legt de regels uit.',
    },
  },
};

export const feedsEn: typeof feedsNl = {
  feed: {
    siteTitle: (organisation: string) => `Take part in ${organisation}: news`,
    siteDescription: (organisation: string) => `News, decisions, promises and council outcomes of all projects of ${organisation}.`,
    projectTitle: (project: string) => `${project}: news`,
    projectDescription: (project: string) => `News, decisions, promises and council outcomes of the project ${project}.`,
    decision: 'Decision',
    update: 'News',
    promise: 'Promise',
    decidedBy: 'Decided by',
    rationale: 'Why',
    inputUsed: 'What was done with your input',
    newStatus: 'New status',
    explanation: 'Explanation',
    changedBy: 'By',
    promisedBy: 'Promised by',
    dueOn: 'Due',
    proposal: 'Proposal',
    outcome: 'Outcome',
    differs: 'The council decided differently from the outcome of the participation.',
    councilReasons: 'Why the council decided differently',
    effectOnPromises: 'What this means for the promises',
    source: 'Source',
    councilLetter: 'Council information letter',
    motions: 'Motions and amendments',
  },
  calendar: {
    name: (project: string) => `${project}: moments`,
    howToJoin: 'How to take part',
    joinOnline: 'Join online',
    proposal: 'Proposal',
    outcome: 'Outcome',
    moreInformation: 'More information',
    online: 'Online',
    councilName: (council: string) => `${council}: meetings`,
    agenda: 'On the agenda',
    project: 'Project',
    motions: 'Motions and amendments',
  },
  openData: {
    title: 'Open data',
    intro: (organisation: string) =>
      `Everything on this site can also be downloaded as a file. That way you can use the data of ${organisation} yourself, for example to compare projects or to put them on a map. The files contain no e-mail addresses.`,
    portalTitle: 'The overview',
    portalFile:
      'The municipality and all its projects, with the addresses of the other files of each project. The projects that were withdrawn are in it too: when and why.',
    portalLink: 'Overview (JSON)',
    projectsTitle: 'Per project',
    projectsIntro: 'For each project there is a file with everything about the project, a news feed and a calendar.',
    noProjects: 'There are no projects on this site yet. As soon as one is added, you will find its files here.',
    projectColumn: 'Project',
    dataColumn: 'Data',
    feedColumn: 'News',
    calendarColumn: 'Calendar',
    dataLink: 'JSON',
    feedLink: 'News feed',
    calendarLink: 'Calendar',
    schemaTitle: 'How the files are built',
    schemaIntro:
      'For each kind of file there is a JSON Schema (version 2020-12). It describes exactly which fields there are and which values they may have, so a program can check that a file is correct.',
    portalSchema: 'Schema of the overview',
    projectSchema: 'Schema of a project',
    ledgerSchema: 'Schema of the ledger',
    ledgerPageSchema: 'Schema of a part of the ledger',
    monitorSchema: 'Schema of the figures of the monitor',
    monitorTitle: 'Monitor of the eight keys',
    monitorText:
      'Per project and per rule of the eight keys: in order, open or does not apply, with the figures and links to the records behind them. Also as CSV, one line per project and rule, for a spreadsheet.',
    monitorJson: 'Figures of the monitor (JSON)',
    monitorCsv: 'Figures of the monitor (CSV)',
    feedsTitle: 'Follow news and dates',
    feedsIntro:
      'Want to stay informed? Use a news reader: an app that collects the news of websites for you (the technique is called RSS). Or add the moments to your own calendar (the technique is called iCalendar).',
    siteFeed: 'News feed of all projects',
    councilCalendar: 'Calendar of the meetings of the municipal council and its committees',
    fieldsTitle: 'What do the fields mean?',
    fieldsIntro: 'The main fields in the file of a project. Dates are written as year-month-day, times with their time zone.',
    fieldColumn: 'Field',
    meaningColumn: 'Meaning',
    fields: {
      project:
        'The project: title, summary, theme, area, status, duration and the role of the council. Under investment is what participation costs and asks: meetings, time per participant in hours (participant_hours) and budget.',
      people: 'Who is responsible: the contact person, the project lead and the alderman, and since when. Work details only.',
      phases:
        "The phases of the project. For each phase: how much influence you have, what you can still influence, what is already fixed, how much of your time it takes and when you hear what was done with your input. council_role is the council's role in that phase; empty means: the project's role.",
      handovers: 'Handovers between phases or departments, and who is the contact person after them.',
      decisions: 'Decisions, with why they were taken and what was done with the input of residents.',
      input_themes: 'What residents said, per theme, and which decision answered it ("you said, we did").',
      promises:
        'Promises: who promised what, to whom (made_to: residents or the municipal council), when and by which date, their status now, whether they are overdue, and their full history.',
      council_moments:
        'Moments when the council or a committee (meeting_kind) discusses the project: when (starts_at, where the time is known), the proposal, the outcome, and whether the council decided differently from the outcome of the participation, with its reasons. source_id and meeting_source_id are the numbers of the agenda item and the meeting in Open Raadsinformatie.',
      motions:
        'Motions and amendments at a council moment (council_moment_id): who submitted them, what they ask, the result, what they changed and how each party voted (votes).',
      council_letters: 'Council information letters: when the executive told the council something about the project, and what.',
      updates: 'News items. The text is in Markdown.',
      key_dates: 'Moments to take part: when, where or online, and how to take part.',
      groups: 'Which groups take part, and which have not been reached yet.',
      lessons: 'What the municipality learned from the project.',
      invitations:
        'The invitations to followers who want to take part: what for, for which neighbourhood or group, and to how many followers they went. Never who.',
      withdrawn: 'What was withdrawn: what it was, when and why. It stays visible this way.',
      history:
        'Every publication, change and withdrawal, with the content of each version, who approved it (role, not name) and its line in the ledger.',
      ledger_head:
        'The latest line of the ledger when this file was made. Every item has a version (how many versions were published), revised_at (when it last changed) and self_approved (published without a second check).',
      timeline: 'Everything above in one timeline, from old to new.',
      check:
        'The check on the eight keys on the day this file was made: per rule in order, open or does not apply, with the figures and the records behind them, and which rules were open at the end of each month. The Monitor page explains the rules.',
    },
  },
};
