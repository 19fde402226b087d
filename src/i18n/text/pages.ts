// UI text of the home page and the pages across projects, Dutch first; English must match it key for key (the type says so).
// Its own file so that each part of the site can change its text without touching the others'.

/** One part of a statement page: a heading, its paragraphs and an optional list. */
export interface StatementSection {
  heading: string;
  paragraphs: string[];
  list?: string[];
}

/** The day the accessibility and privacy statements were last revised; the model statement asks for it. */
export const statementsRevisedOn = '2026-12-04';

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
    sortedBy: 'De projecten waarin u het eerst kunt meedoen staan bovenaan.',
    // A new organisation has published nothing yet; the page says so instead of showing an empty list.
    empty: {
      text: (organisation: string) =>
        `Er staan nog geen projecten op deze site. Zodra ${organisation} een project start waarin u kunt meedenken of meedoen, ziet u het hier.`,
      meanwhile: (organisation: string) => `Tot die tijd vindt u nieuws van ${organisation} op de eigen website.`,
      websiteLink: (organisation: string) => `Naar de website van ${organisation}`,
    },
    filter: {
      label: 'Projecten zoeken en filteren',
      search: 'Zoeken',
      phase: 'Fase',
      anyPhase: 'Alle fasen',
      theme: 'Thema',
      anyTheme: 'Alle thema’s',
      area: 'Gebied',
      anyArea: 'Alle gebieden',
      status: 'Stand van zaken',
      anyStatus: 'Alle',
      openNow: 'Alleen projecten waarin u nu kunt meedoen',
      reset: 'Filters wissen',
      count: { none: 'Geen projecten gevonden', one: '1 project gevonden', many: '{count} projecten gevonden' },
    },
  },
  promises: {
    title: 'Toezeggingen',
    intro: (organisation: string) =>
      `Wat heeft ${organisation} beloofd in de projecten, en is dat gebeurd? Hier ziet u alle toezeggingen, hoe het ermee staat en wat er eerder over is gezegd.`,
    keptRateTitle: 'Hoeveel toezeggingen zijn nagekomen?',
    keptRateDefinition:
      'Zo rekenen wij: het aantal nagekomen toezeggingen, gedeeld door alle afgeronde toezeggingen. Afgerond is: nagekomen, gewijzigd of niet nagekomen. Toezeggingen die nog open staan of in uitvoering zijn, tellen nog niet mee.',
    overall: 'Alle projecten samen',
    project: 'Project',
    keptRate: 'Nagekomen',
    kept: 'Nagekomen',
    settled: 'Afgerond',
    total: 'Alle toezeggingen',
    noRate: 'Nog niets afgerond',
    rateText: (kept: number, settled: number, percent: number) => `${percent}% (${kept} van ${settled})`,
    chartTitle: 'Hoe de toezeggingen ervoor stonden, per maand',
    chartDescription: (from: string, to: string) =>
      `Staafdiagram van ${from} tot en met ${to}. Elke staaf is een maand en laat zien hoeveel toezeggingen aan het eind van die maand open, in uitvoering, nagekomen, gewijzigd of niet nagekomen waren. Dezelfde cijfers staan in de tabel hieronder.`,
    chartTable: 'De cijfers van het diagram in een tabel',
    month: 'Maand',
    listTitle: 'Alle toezeggingen',
    none: 'Er zijn nog geen toezeggingen gedaan.',
    promisedBy: 'Toegezegd door',
    promisedOn: 'Toegezegd op',
    where: 'Waar',
    dueOn: 'Uiterlijk',
    overdue: 'Te laat',
    status: 'Stand van zaken',
    history: 'Geschiedenis van deze toezegging',
    changedBy: 'Door',
    explanation: 'Toelichting',
    evidence: 'Bewijs',
    noHistory: 'Nog geen wijzigingen.',
    filter: {
      label: 'Toezeggingen filteren',
      search: 'Zoeken',
      status: 'Stand van zaken',
      anyStatus: 'Alle',
      project: 'Project',
      anyProject: 'Alle projecten',
      overdue: 'Alleen toezeggingen die te laat zijn',
      reset: 'Filters wissen',
      count: { none: 'Geen toezeggingen gevonden', one: '1 toezegging gevonden', many: '{count} toezeggingen gevonden' },
    },
  },
  council: {
    title: 'De gemeenteraad',
    intro: (council: string) =>
      `Hier ziet u wanneer ${council} over de projecten praat of besluit. Soms besluit de raad anders dan wat uit de participatie kwam. Dan leest u hier waarom.`,
    coming: 'Binnenkort in de raad',
    past: 'Eerder in de raad',
    noneComing: 'Er staat nu niets gepland.',
    nonePast: 'De raad heeft nog niet over deze projecten gesproken.',
    none: 'De raad heeft nog niet over de projecten op deze site gesproken, en er staat nog niets gepland.',
    project: 'Project',
    councilRole: 'Rol van de raad',
    body: 'Wie',
    agendaItem: 'Agendapunt',
    proposal: 'Voorstel',
    outcome: 'Uitkomst',
    differs: 'De raad besloot anders dan de uitkomst van de participatie.',
    reasons: 'Waarom de raad anders besloot',
    effectOnPromises: 'Wat dit betekent voor de toezeggingen',
    source: 'Bekijk in het raadsinformatiesysteem',
  },
  lessons: {
    title: 'Lessen',
    intro: (organisation: string) =>
      `Wat heeft ${organisation} geleerd van participatie? Per project schrijven we op wat goed ging en wat beter kan. Hier staan alle lessen bij elkaar, per onderwerp.`,
    none: 'Er zijn nog geen lessen opgeschreven.',
    project: 'Project',
    phase: 'Fase',
    noPhase: 'Hele project',
    recordedOn: 'Opgeschreven op',
    filter: {
      label: 'Lessen filteren',
      search: 'Zoeken',
      phase: 'Fase',
      anyPhase: 'Alle fasen',
      category: 'Onderwerp',
      anyCategory: 'Alle onderwerpen',
      reset: 'Filters wissen',
      count: { none: 'Geen lessen gevonden', one: '1 les gevonden', many: '{count} lessen gevonden' },
    },
  },
  statements: {
    updatedOn: 'Deze verklaring is bijgewerkt op',
    contactWebsite: 'Naar de website van de gemeente',
    accessibility: {
      title: 'Toegankelijkheidsverklaring',
      intro: (organisation: string) =>
        `${organisation} wil dat iedereen deze website kan gebruiken. Ook mensen die slecht zien, niet met een muis werken of een voorleesprogramma gebruiken. In deze verklaring leest u hoe toegankelijk de site is, hoe wij dat testen en wat nog niet goed gaat.`,
      sections: (organisation: string): StatementSection[] => [
        {
          heading: 'Aan welke eisen moet de site voldoen?',
          paragraphs: [
            'Websites van de overheid moeten voldoen aan de norm EN 301 549. Die norm volgt de richtlijnen WCAG 2.1 op niveau AA. Deze site is gebouwd voor de nieuwere versie: WCAG 2.2 op niveau AA.',
          ],
        },
        {
          heading: 'Hoe ver zijn we?',
          paragraphs: [
            'Stand van zaken: eerste maatregelen genomen. De software van deze site is gebouwd en wordt getest op WCAG 2.2 AA. Een onafhankelijke deskundige heeft deze site nog niet onderzocht. Zodra dat gebeurd is, zet de gemeente de uitkomst en het rapport hier.',
          ],
        },
        {
          heading: 'Hoe testen wij de site?',
          paragraphs: [
            'Bij elke wijziging aan de software lopen automatische tests. Die controleren elk soort pagina, in het Nederlands en in het Engels:',
          ],
          list: [
            'met axe, een hulpmiddel dat de regels van WCAG 2.2 AA controleert;',
            'met alleen het toetsenbord: alle links, knoppen en filters moeten bereikbaar zijn, en u ziet waar u bent;',
            'op koppen, herkenningspunten (zoals hoofdinhoud en navigatie) en de taal van de tekst.',
          ],
        },
        {
          heading: 'Wat werkt nog niet goed?',
          paragraphs: ['Wij weten van deze beperkingen:'],
          list: [
            'Het diagram van de toezeggingen gebruikt kleuren. Dezelfde cijfers staan daarom ook in een tabel onder het diagram.',
            'Zoeken en filteren werkt alleen als JavaScript aan staat. Zonder JavaScript ziet u de hele lijst.',
            `De teksten over de projecten schrijven medewerkers van ${organisation}. Soms is een tekst lang of niet in eenvoudige taal.`,
            'Links naar andere websites, zoals het raadsinformatiesysteem, en documenten die daar staan, vallen niet onder deze verklaring.',
          ],
        },
        {
          heading: 'Loopt u tegen een probleem aan?',
          paragraphs: [
            `Kunt u iets niet lezen of gebruiken? Laat het ${organisation} weten via de contactgegevens op de website van de gemeente. Zeg op welke pagina het was en wat er misging. U krijgt een antwoord, en zo nodig de informatie op een andere manier.`,
            'Bent u niet tevreden met het antwoord? Dan kunt u een klacht indienen bij de gemeente. Daarna kunt u terecht bij de Nationale ombudsman of de ombudsman van uw gemeente.',
          ],
        },
      ],
    },
    privacy: {
      title: 'Privacyverklaring',
      intro: (organisation: string) =>
        `${organisation} is verantwoordelijk voor deze website. Hier leest u welke persoonsgegevens de site gebruikt, waarom, en wat uw rechten zijn.`,
      sections: (organisation: string): StatementSection[] => [
        {
          heading: 'Als u de site bekijkt',
          paragraphs: [
            'Deze site gebruikt geen cookies en geen programma’s die uw bezoek volgen of meten. U hoeft niets in te vullen om de projecten te lezen.',
            'De computer (server) waarop de site staat, houdt wel een logboek bij. Daarin staan bijvoorbeeld uw IP-adres, het tijdstip en de pagina die u opvroeg. Dat is nodig om de site veilig te houden en storingen op te lossen. Hoe lang dit logboek bewaard wordt, hangt af van de partij die de site voor de gemeente host.',
          ],
        },
        {
          heading: 'Namen van medewerkers en bestuurders',
          paragraphs: [
            `Bij elk project staat wie de contactpersoon is, wie het project leidt en welke wethouder verantwoordelijk is. Dat zijn naam, functie en werkgegevens, zoals een telefoonnummer op het werk. ${organisation} laat dit zien omdat inwoners moeten weten bij wie ze terechtkunnen. Er staan nooit e-mailadressen op de site.`,
          ],
        },
        {
          heading: 'Een project volgen (in een latere versie)',
          paragraphs: ['Binnenkort kunt u een project volgen. U krijgt dan bericht als er iets verandert. Daarvoor geldt:'],
          list: [
            'U geeft alleen uw e-mailadres. U hoeft geen account te maken.',
            'U krijgt eerst een e-mail om te bevestigen dat u het zelf was.',
            'In elke e-mail staat een link waarmee u zich met één klik afmeldt.',
            'Uw e-mailadres staat nooit op de site of in een openbaar bestand.',
            'Wilt u dat uw gegevens verwijderd worden? Vraag het, dan gebeurt het.',
          ],
        },
        {
          heading: 'Wat openbaar blijft: de geschiedenis en het grootboek',
          paragraphs: [
            'Alles wat de gemeente op deze site publiceert, blijft met de datum zichtbaar in de geschiedenis van het project: ook een eerdere versie van een tekst, en wat is ingetrokken, met de reden. Zo kan iedereen nagaan wat de gemeente zei, besloot en beloofde.',
            `Bij elke publicatie staat wie die goedkeurde: de rol (bijvoorbeeld fiatteur) en ${organisation}, niet de naam. Wie schrijft of goedkeurt, doet dat namens de gemeente. Wie verantwoordelijk is, staat al bij het project: de contactpersoon, de projectleider en de wethouder. Andere namen zijn daarvoor niet nodig. Binnen de gemeente legt een logboek wel vast welke medewerker wat deed.`,
            'Het openbare grootboek bevat geen teksten, alleen vingerafdrukken (hashes) en de redenen van intrekkingen. Staat er door een fout toch een persoonsgegeven in een gepubliceerde tekst? Dan kan de beheerder van de database die tekst uit de geschiedenis halen. De regel in het grootboek blijft staan, zodat te zien is dat er iets is weggehaald.',
          ],
        },
        {
          heading: 'Accounts van medewerkers',
          paragraphs: [
            'Medewerkers die berichten, besluiten en toezeggingen op de site zetten, hebben een account. Daarvoor bewaren we hun e-mailadres en een versleuteld wachtwoord, en hun rol. Alleen beheerders van de eigen gemeente zien wie een account heeft.',
          ],
        },
        {
          heading: 'Uw rechten',
          paragraphs: [
            'Volgens de Algemene verordening gegevensbescherming (AVG) mag u vragen welke gegevens wij van u hebben. U mag vragen die te verbeteren of te verwijderen, en u mag bezwaar maken.',
            `Stuur uw vraag naar ${organisation}, via de contactgegevens op de website van de gemeente. U kunt ook de functionaris gegevensbescherming van de gemeente benaderen. Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.`,
          ],
        },
      ],
    },
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
    sortedBy: 'The projects you can take part in soonest are at the top.',
    empty: {
      text: (organisation: string) =>
        `There are no projects on this site yet. As soon as ${organisation} starts a project in which you can share your views or take part, you will see it here.`,
      meanwhile: (organisation: string) => `Until then, you can find news from ${organisation} on its own website.`,
      websiteLink: (organisation: string) => `To the website of ${organisation}`,
    },
    filter: {
      label: 'Search and filter projects',
      search: 'Search',
      phase: 'Phase',
      anyPhase: 'All phases',
      theme: 'Theme',
      anyTheme: 'All themes',
      area: 'Area',
      anyArea: 'All areas',
      status: 'Status',
      anyStatus: 'All',
      openNow: 'Only projects you can take part in now',
      reset: 'Clear filters',
      count: { none: 'No projects found', one: '1 project found', many: '{count} projects found' },
    },
  },
  promises: {
    title: 'Promises',
    intro: (organisation: string) =>
      `What did ${organisation} promise in its projects, and did it happen? Here you find every promise, where it stands and what was said about it before.`,
    keptRateTitle: 'How many promises were kept?',
    keptRateDefinition:
      'How we count: the number of promises kept, divided by all settled promises. Settled means: kept, changed or broken. Promises that are still open or in progress do not count yet.',
    overall: 'All projects together',
    project: 'Project',
    keptRate: 'Kept',
    kept: 'Kept',
    settled: 'Settled',
    total: 'All promises',
    noRate: 'Nothing settled yet',
    rateText: (kept: number, settled: number, percent: number) => `${percent}% (${kept} of ${settled})`,
    chartTitle: 'Where the promises stood, per month',
    chartDescription: (from: string, to: string) =>
      `Bar chart from ${from} to ${to}. Each bar is a month and shows how many promises were open, in progress, kept, changed or broken at the end of that month. The table below has the same figures.`,
    chartTable: 'The figures of the chart as a table',
    month: 'Month',
    listTitle: 'All promises',
    none: 'No promises have been made yet.',
    promisedBy: 'Promised by',
    promisedOn: 'Promised on',
    where: 'Where',
    dueOn: 'Due',
    overdue: 'Overdue',
    status: 'Status',
    history: 'History of this promise',
    changedBy: 'By',
    explanation: 'Explanation',
    evidence: 'Evidence',
    noHistory: 'No changes yet.',
    filter: {
      label: 'Filter promises',
      search: 'Search',
      status: 'Status',
      anyStatus: 'All',
      project: 'Project',
      anyProject: 'All projects',
      overdue: 'Only overdue promises',
      reset: 'Clear filters',
      count: { none: 'No promises found', one: '1 promise found', many: '{count} promises found' },
    },
  },
  council: {
    title: 'The municipal council',
    intro: (council: string) =>
      `This page shows when the council (${council}) discusses or decides on the projects. Sometimes the council decides differently from what came out of the participation. Then you can read here why.`,
    coming: 'Coming up in the council',
    past: 'Earlier in the council',
    noneComing: 'Nothing is planned at the moment.',
    nonePast: 'The council has not discussed these projects yet.',
    none: 'The council has not discussed the projects on this site yet, and nothing is planned.',
    project: 'Project',
    councilRole: "The council's role",
    body: 'Who',
    agendaItem: 'Agenda item',
    proposal: 'Proposal',
    outcome: 'Outcome',
    differs: 'The council decided differently from the outcome of the participation.',
    reasons: 'Why the council decided differently',
    effectOnPromises: 'What this means for the promises',
    source: 'View in the council information system',
  },
  lessons: {
    title: 'Lessons',
    intro: (organisation: string) =>
      `What has ${organisation} learned about participation? For each project we write down what went well and what can be better. Here are all the lessons together, by topic.`,
    none: 'No lessons have been written down yet.',
    project: 'Project',
    phase: 'Phase',
    noPhase: 'Whole project',
    recordedOn: 'Written down on',
    filter: {
      label: 'Filter lessons',
      search: 'Search',
      phase: 'Phase',
      anyPhase: 'All phases',
      category: 'Topic',
      anyCategory: 'All topics',
      reset: 'Clear filters',
      count: { none: 'No lessons found', one: '1 lesson found', many: '{count} lessons found' },
    },
  },
  statements: {
    updatedOn: 'This statement was last updated on',
    contactWebsite: "To the municipality's website",
    accessibility: {
      title: 'Accessibility statement',
      intro: (organisation: string) =>
        `${organisation} wants everyone to be able to use this website, including people who see poorly, do not use a mouse or use a screen reader. This statement says how accessible the site is, how we test it and what does not work well yet.`,
      sections: (organisation: string): StatementSection[] => [
        {
          heading: 'Which requirements must the site meet?',
          paragraphs: [
            'Government websites in the Netherlands must meet the standard EN 301 549, which follows the guidelines WCAG 2.1 at level AA. This site is built for the newer version: WCAG 2.2 at level AA.',
          ],
        },
        {
          heading: 'How far are we?',
          paragraphs: [
            'Status: first measures taken. The software of this site is built for and tested against WCAG 2.2 AA. An independent expert has not yet examined this site. As soon as that has happened, the municipality will publish the result and the report here.',
          ],
        },
        {
          heading: 'How do we test the site?',
          paragraphs: ['Automatic tests run on every change to the software. They check every kind of page, in Dutch and in English:'],
          list: [
            'with axe, a tool that checks the rules of WCAG 2.2 AA;',
            'with the keyboard only: every link, button and filter must be reachable, and you can see where you are;',
            'for headings, landmarks (such as main content and navigation) and the language of the text.',
          ],
        },
        {
          heading: 'What does not work well yet?',
          paragraphs: ['We know of these limitations:'],
          list: [
            'The chart of the promises uses colours. The same figures are therefore also in a table below the chart.',
            'Searching and filtering only work with JavaScript switched on. Without JavaScript you see the whole list.',
            `Staff of ${organisation} write the texts about the projects, in Dutch. Sometimes a text is long or not in plain language.`,
            'Links to other websites, such as the council information system, and the documents there are not covered by this statement.',
          ],
        },
        {
          heading: 'Do you run into a problem?',
          paragraphs: [
            `Is there something you cannot read or use? Let ${organisation} know through the contact details on the municipality's website. Say which page it was and what went wrong. You will get an answer and, where needed, the information in another way.`,
            'Are you not satisfied with the answer? Then you can file a complaint with the municipality. After that you can turn to the National Ombudsman or the ombudsman of your municipality.',
          ],
        },
      ],
    },
    privacy: {
      title: 'Privacy statement',
      intro: (organisation: string) =>
        `${organisation} is responsible for this website. Here you can read which personal data the site uses, why, and what your rights are.`,
      sections: (organisation: string): StatementSection[] => [
        {
          heading: 'When you look at the site',
          paragraphs: [
            'This site uses no cookies and no programs that follow or measure your visit. You do not have to fill in anything to read about the projects.',
            'The computer (server) that hosts the site does keep a log. It holds, for example, your IP address, the time and the page you asked for. This is needed to keep the site secure and to solve faults. How long the log is kept depends on the party that hosts the site for the municipality.',
          ],
        },
        {
          heading: 'Names of staff and aldermen',
          paragraphs: [
            `Each project shows who the contact person is, who leads the project and which alderman is responsible: their name, job title and work details, such as a work phone number. ${organisation} shows this because residents need to know whom to turn to. The site never shows e-mail addresses.`,
          ],
        },
        {
          heading: 'Following a project (in a later version)',
          paragraphs: ['Soon you will be able to follow a project and get a message when something changes. For this:'],
          list: [
            'You only give your e-mail address. You do not need an account.',
            'You first get an e-mail to confirm that it was really you.',
            'Every e-mail has a link to unsubscribe with one click.',
            'Your e-mail address is never shown on the site or in a public file.',
            'Do you want your data deleted? Ask, and it will be done.',
          ],
        },
        {
          heading: 'What stays public: the history and the ledger',
          paragraphs: [
            'Everything the municipality publishes on this site stays visible with its date in the history of the project: also an earlier version of a text, and what was withdrawn, with the reason. That way anyone can check what the municipality said, decided and promised.',
            `With every publication it says who approved it: the role (for example approver) and ${organisation}, not the name. Whoever writes or approves does so on behalf of the municipality. Who is responsible is already shown with the project: the contact person, the project lead and the alderman. Other names are not needed for that. Within the municipality an audit log does record which staff member did what.`,
            'The public ledger holds no texts, only fingerprints (hashes) and the reasons for withdrawals. Did a published text contain personal data by mistake? Then the administrator of the database can take that text out of the history. The line in the ledger stays, so it remains visible that something was taken out.',
          ],
        },
        {
          heading: 'Staff accounts',
          paragraphs: [
            'Staff who put news, decisions and promises on the site have an account. For this we keep their e-mail address, an encrypted password and their role. Only administrators of their own municipality can see who has an account.',
          ],
        },
        {
          heading: 'Your rights',
          paragraphs: [
            'Under the General Data Protection Regulation (GDPR, in Dutch AVG) you may ask which data we hold about you. You may ask us to correct or delete it, and you may object.',
            `Send your request to ${organisation} through the contact details on the municipality's website. You can also contact the municipality's data protection officer. Do you disagree with how we handle your data? Then you can file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).`,
          ],
        },
      ],
    },
  },
  notFound: {
    title: 'This page does not exist',
    body: 'The page has been moved or removed, or the address was mistyped.',
    back: 'To all projects',
  },
};
