// UI text of the home page and the pages across projects, Dutch first; English must match it key for key (the type says so).
// Its own file so that each part of the site can change its text without touching the others'.

import type { RetentionPeriods } from '../../lib/api/retention.ts';

/** One part of a statement page: a heading, its paragraphs and an optional list. */
export interface StatementSection {
  heading: string;
  paragraphs: string[];
  list?: string[];
}

/** The day the accessibility and privacy statements were last revised; the model statement asks for it. */
export const statementsRevisedOn = '2026-12-05';

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
    madeTo: 'Aan wie',
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
      madeTo: 'Aan wie',
      anyMadeTo: 'Alle toezeggingen',
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
    agendaItem: 'Agendapunt',
    proposal: 'Voorstel',
    outcome: 'Uitkomst',
    differs: 'De raad besloot anders dan de uitkomst van de participatie.',
    reasons: 'Waarom de raad anders besloot',
    effectOnPromises: 'Wat dit betekent voor de toezeggingen',
    source: 'Bekijk in het raadsinformatiesysteem',
    // The meetings in a calendar, and the two ways to read the page.
    calendar: 'Zet de vergaderingen in uw agenda',
    views: 'Lees per vergadering of per project',
    byMeeting: 'Per vergadering',
    byProject: 'Per project',
    byProjectIntro:
      'Per project: de rol van de raad, de momenten in de raad, de moties en amendementen, de raadsinformatiebrieven en wat het college de raad heeft toegezegd.',
    moments: 'Momenten in de raad',
    motions: 'Moties en amendementen',
    letters: 'Raadsinformatiebrieven',
    promisesToCouncil: 'Toezeggingen aan de gemeenteraad',
    overdue: 'Te laat',
    nothingYet: 'De raad heeft nog niet over dit project gesproken.',
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
          heading: 'Voor welke website geldt deze verklaring?',
          paragraphs: [
            `Deze verklaring geldt voor de site waarop ${organisation} laat zien hoe inwoners kunnen meedoen aan projecten. Dat zijn alle pagina’s in het Nederlands en in het Engels, de pagina’s voor wie een project volgt, en de werkruimte voor medewerkers. ${organisation} is verantwoordelijk voor de site.`,
          ],
        },
        {
          heading: 'Stand van zaken: status C',
          paragraphs: [
            'Deze site heeft status C: eerste maatregelen genomen. De software is gebouwd en wordt getest op de eisen van WCAG 2.2 op niveau AA. Een onafhankelijke deskundige heeft de site nog niet onderzocht. Status A of B kan pas na zo’n onderzoek. Zodra het onderzoek klaar is, zet de gemeente de uitkomst en het rapport hier.',
            'De overheid gebruikt vijf statussen:',
          ],
          list: [
            'A: voldoet volledig aan de eisen;',
            'B: voldoet gedeeltelijk aan de eisen;',
            'C: eerste maatregelen genomen;',
            'D: voldoet niet aan de eisen;',
            'E: er is nog geen verklaring.',
          ],
        },
        {
          heading: 'Aan welke eisen moet de site voldoen?',
          paragraphs: [
            'Websites van de overheid moeten voldoen aan het Besluit digitale toegankelijkheid overheid. Dat vraagt de Europese norm EN 301 549. Die norm volgt de richtlijnen WCAG 2.1 op niveau AA. Deze site is gebouwd voor de nieuwere versie: WCAG 2.2 op niveau AA.',
          ],
        },
        {
          heading: 'Hoe is de site onderzocht?',
          paragraphs: [
            'Bij elke wijziging aan de software lopen automatische tests in een echte browser (met het testprogramma Playwright). Die controleren elk soort pagina, in het Nederlands en in het Engels, en de werkruimte voor medewerkers:',
          ],
          list: [
            'met axe, een hulpmiddel dat de regels van WCAG 2.2 AA controleert;',
            'met alleen het toetsenbord: u bereikt alle links, knoppen, formulieren en filters op volgorde, en u ziet waar u bent;',
            'op koppen, herkenningspunten (zoals hoofdinhoud en navigatie) en de taal van de tekst;',
            'op foutmeldingen in formulieren: die staan bij het veld en worden voorgelezen.',
          ],
        },
        {
          heading: 'Wat werkt nog niet goed?',
          paragraphs: ['Wij weten van deze beperkingen:'],
          list: [
            'Het diagram van de toezeggingen gebruikt kleuren. Dezelfde cijfers staan daarom ook in een tabel onder het diagram.',
            'Zoeken en filteren werkt alleen als JavaScript aan staat. Zonder JavaScript ziet u de hele lijst.',
            'Een project volgen per e-mail werkt alleen als JavaScript aan staat. Zonder JavaScript kunt u de nieuwsfeed of de agenda gebruiken.',
            `De teksten over de projecten schrijven medewerkers van ${organisation}. Soms is een tekst lang of niet in eenvoudige taal. Op de Engelse pagina’s staat een tekst in het Nederlands als er nog geen Engelse versie van is.`,
            'Links naar andere websites, zoals het raadsinformatiesysteem, en documenten die daar staan, vallen niet onder deze verklaring.',
          ],
        },
        {
          heading: 'Loopt u tegen een probleem aan?',
          paragraphs: [
            `Kunt u iets niet lezen of gebruiken? Laat het ${organisation} weten via de contactgegevens op de website van de gemeente. Zeg op welke pagina het was en wat er misging. U krijgt een antwoord, en zo nodig de informatie op een andere manier.`,
          ],
        },
        {
          heading: 'Bent u niet tevreden met het antwoord?',
          paragraphs: [
            'Dan kunt u een klacht indienen bij de gemeente. Bent u daarna nog niet tevreden? Dan kunt u terecht bij de Nationale ombudsman of de ombudsman van uw gemeente.',
          ],
        },
        {
          heading: 'Over deze verklaring',
          paragraphs: [
            `${organisation} heeft deze verklaring opgesteld volgens het model van digitoegankelijk.nl. De datum staat hieronder. De gemeente kan de verklaring ook aanmelden in het register van toegankelijkheidsverklaringen.`,
          ],
        },
      ],
    },
    privacy: {
      title: 'Privacyverklaring',
      intro: (organisation: string) =>
        `${organisation} is verantwoordelijk voor deze website. Hier leest u welke persoonsgegevens de site bewaart, waarom, hoe lang, wie ze verwerkt en wat uw rechten zijn.`,
      sections: (organisation: string, periods: RetentionPeriods): StatementSection[] => [
        {
          heading: 'Als u de site bekijkt',
          paragraphs: [
            'Deze site gebruikt geen cookies en geen programma’s die uw bezoek volgen of meten. U hoeft niets in te vullen om de projecten te lezen.',
            'De computer (server) waarop de site staat, houdt wel een logboek bij. Daarin staan bijvoorbeeld uw IP-adres, het tijdstip en de pagina die u opvroeg. Dat is nodig om de site veilig te houden en storingen op te lossen. Hoe lang dit logboek bewaard wordt, hangt af van de partij die de site voor de gemeente host.',
          ],
        },
        {
          heading: 'Als u een project volgt',
          paragraphs: [
            'U kunt één project of alle projecten volgen. U krijgt dan een e-mail als er iets verandert. U hebt alleen een e-mailadres nodig, geen account. Wij bewaren daarvoor:',
          ],
          list: [
            'uw e-mailadres;',
            'in welke taal u de e-mails wilt krijgen;',
            'wat u volgt, en hoe vaak u e-mail wilt: meteen, één keer per dag of één keer per week;',
            'of u ook wilt meedoen, bijvoorbeeld in een klankbordgroep;',
            'uw buurt of groep, als u die invult;',
            'wanneer u zich aanmeldde en wanneer u dat bevestigde.',
          ],
        },
        {
          heading: 'Waarom wij dit bewaren, en op welke grond',
          paragraphs: [
            'Wij gebruiken uw gegevens alleen om u e-mail te sturen over wat u volgt. Medewerkers van de gemeente zien uw e-mailadres niet. Zij zien alleen hoeveel mensen een project volgen, per buurt of groep, en hoeveel van hen willen meedoen. Zo ziet het project welke groepen nog ontbreken.',
            'Dit mag omdat u er toestemming voor geeft (AVG, artikel 6, lid 1, onder a). U geeft die toestemming als u uw aanmelding bevestigt met de link in de e-mail. U kunt die toestemming altijd weer intrekken: met de link om u af te melden, die in elke e-mail staat.',
            `Voor al het andere op deze site is de grond de publieke taak van ${organisation} (AVG, artikel 6, lid 1, onder e). De gemeente moet laten zien hoe inwoners meedoen, wat zij besloot en wat zij toezegde. Dat vragen de Omgevingswet en de Wet versterking participatie op decentraal niveau.`,
          ],
        },
        {
          heading: 'Hoe lang wij uw gegevens bewaren',
          paragraphs: ['Dit doet de software van deze site zelf, elke dag:'],
          list: [
            `Bevestigt u uw aanmelding niet? Dan verwijderen wij uw e-mailadres en wat u invulde na ${periods.unconfirmed_days} dagen. De link om te bevestigen werkt ${periods.confirmation_link_days} dagen.`,
            'Volgt u een project? Dan bewaren wij uw gegevens zolang u volgt.',
            `Stopt u met volgen? Dan verwijderen wij meteen wat u volgde. Uw e-mailadres bewaren wij nog tot ${periods.mail_link_days} dagen na de laatste e-mail: zolang werken de links in die e-mail. Zo kunt u met die link nog zien dat u bent afgemeld. Wilt u dat alles meteen weg is? Kies dan "Verwijder al mijn gegevens" op de pagina met uw e-mailinstellingen.`,
            `Van de links in onze e-mails bewaren wij alleen een code die niemand kan teruglezen (een hash). Een link om te bevestigen werkt ${periods.confirmation_link_days} dagen, de andere links ${periods.mail_link_days} dagen. ${periods.expired_link_days} dagen nadat een link niet meer werkt, verwijderen wij ook die code.`,
            `Wij houden bij welke e-mail wij wanneer verstuurden, zonder uw adres. Na ${periods.finished_mail_days} dagen verwijderen wij dat. Lukte het versturen van een e-mail steeds niet? Dan blijft die melding staan tot een beheerder ernaar heeft gekeken, of tot uw gegevens zijn verwijderd.`,
            `Om misbruik tegen te gaan, tellen wij hoe vaak iemand om een e-mail om te bevestigen vraagt. Daarvoor bewaren wij ${periods.rate_limit_days === 1 ? '1 dag' : `${periods.rate_limit_days} dagen`} een code van het e-mailadres, het project en het internetadres van die vraag. Niemand kan die code teruglezen (een hash).`,
          ],
        },
        {
          heading: 'Wie uw gegevens verwerkt',
          paragraphs: [`${organisation} laat een deel van het werk doen door andere partijen:`],
          list: [
            'de partij die de e-mails voor de gemeente verstuurt. Die ziet uw e-mailadres en de e-mails die u krijgt;',
            'de partij waar de database van deze site staat. Daar worden de gegevens hierboven bewaard;',
            'de partij die de website host. Die houdt het logboek van de server bij.',
          ],
        },
        {
          heading: 'Uw gegevens bekijken, veranderen of verwijderen',
          paragraphs: [
            'In elke e-mail staat een link naar de pagina met uw e-mailinstellingen. Daar ziet u welk e-mailadres wij hebben en wat u volgt. U kiest er hoe vaak u e-mail krijgt en in welke taal. U kunt er ook stoppen met volgen, of al uw gegevens meteen laten verwijderen.',
            'In elke e-mail staat ook een link om u met één klik af te melden.',
            'Hebt u zich niet zelf aangemeld? Dan hoeft u niets te doen. Zonder bevestiging krijgt u geen e-mail van ons, en verwijderen wij uw adres vanzelf.',
            'Uw e-mailadres staat nooit op de site of in een openbaar bestand.',
          ],
        },
        {
          heading: 'Namen van medewerkers en bestuurders',
          paragraphs: [
            `Bij elk project staat wie de contactpersoon is, wie het project leidt en welke wethouder verantwoordelijk is. Dat zijn naam, functie en werkgegevens, zoals een telefoonnummer op het werk. ${organisation} laat dit zien omdat inwoners moeten weten bij wie ze terechtkunnen. Er staan nooit e-mailadressen op de site.`,
          ],
        },
        {
          heading: 'Wat openbaar blijft: de geschiedenis en het grootboek',
          paragraphs: [
            'Alles wat de gemeente op deze site publiceert, blijft met de datum zichtbaar in de geschiedenis van het project. Ook een eerdere versie van een tekst blijft zichtbaar, en wat is ingetrokken, met de reden. Zo kan iedereen nagaan wat de gemeente zei, besloot en toezegde.',
            `Bij elke publicatie staat wie die goedkeurde: de rol (bijvoorbeeld fiatteur) en ${organisation}, niet de naam. Wie schrijft of goedkeurt, doet dat namens de gemeente. Wie verantwoordelijk is, staat al bij het project: de contactpersoon, de projectleider en de wethouder. Andere namen zijn daarvoor niet nodig.`,
            'Het openbare grootboek bevat geen teksten, alleen vingerafdrukken (hashes) en de redenen van intrekkingen. Staat er door een fout toch een persoonsgegeven in een gepubliceerde tekst? Dan kan de beheerder van de database die tekst uit de geschiedenis halen. De regel in het grootboek blijft staan, zodat te zien is dat er iets is weggehaald.',
          ],
        },
        {
          heading: 'Accounts van medewerkers en het logboek',
          paragraphs: [
            'Medewerkers die berichten, besluiten en toezeggingen op de site zetten, hebben een account. Daarvoor bewaren wij hun e-mailadres, een versleuteld wachtwoord en hun rol. Alleen beheerders van de eigen gemeente zien wie een account heeft. Haalt een beheerder iemand uit het team, dan kan die niets meer doen in de werkruimte.',
            'Een logboek legt vast welke medewerker wat veranderde, en wat er voor en na de wijziging stond. Alleen beheerders van de eigen gemeente kunnen het lezen, en niemand kan het veranderen. De software verwijdert accounts en het logboek niet vanzelf. Hoe lang de gemeente ze bewaart, staat in haar regels voor archieven. De grond is de publieke taak van de gemeente.',
          ],
        },
        {
          heading: 'Uw rechten',
          paragraphs: [
            'Volgens de Algemene verordening gegevensbescherming (AVG) mag u vragen welke gegevens wij van u hebben. U mag vragen die te verbeteren of te verwijderen, en u mag bezwaar maken.',
            `Stuur uw vraag naar ${organisation}, via de contactgegevens op de website van de gemeente. U kunt ook de functionaris gegevensbescherming van de gemeente vragen. Die let erop dat de gemeente zich aan de AVG houdt. Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.`,
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
    madeTo: 'To whom',
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
      madeTo: 'To whom',
      anyMadeTo: 'All promises',
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
    agendaItem: 'Agenda item',
    proposal: 'Proposal',
    outcome: 'Outcome',
    differs: 'The council decided differently from the outcome of the participation.',
    reasons: 'Why the council decided differently',
    effectOnPromises: 'What this means for the promises',
    source: 'View in the council information system',
    calendar: 'Add the meetings to your calendar',
    views: 'Read by meeting or by project',
    byMeeting: 'By meeting',
    byProject: 'By project',
    byProjectIntro:
      "Per project: the council's role, the council moments, the motions and amendments, the council information letters and what the executive promised the council.",
    moments: 'Council moments',
    motions: 'Motions and amendments',
    letters: 'Council information letters',
    promisesToCouncil: 'Promises to the municipal council',
    overdue: 'Overdue',
    nothingYet: 'The council has not discussed this project yet.',
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
          heading: 'Which website does this statement cover?',
          paragraphs: [
            `This statement covers the site on which ${organisation} shows how residents can take part in projects. That is all pages in Dutch and in English, the pages for people who follow a project, and the workspace for staff. ${organisation} is responsible for the site.`,
          ],
        },
        {
          heading: 'Status: C',
          paragraphs: [
            'This site has status C: first measures taken. The software is built for and tested against the requirements of WCAG 2.2 at level AA. An independent expert has not yet examined the site. Status A or B is only possible after such an examination. As soon as it is done, the municipality will publish the result and the report here.',
            'The Dutch government uses five statuses:',
          ],
          list: [
            'A: fully meets the requirements;',
            'B: partly meets the requirements;',
            'C: first measures taken;',
            'D: does not meet the requirements;',
            'E: there is no statement yet.',
          ],
        },
        {
          heading: 'Which requirements must the site meet?',
          paragraphs: [
            'Government websites in the Netherlands must meet the Decree on digital accessibility for government (Besluit digitale toegankelijkheid overheid). It asks for the European standard EN 301 549, which follows the guidelines WCAG 2.1 at level AA. This site is built for the newer version: WCAG 2.2 at level AA.',
          ],
        },
        {
          heading: 'How was the site examined?',
          paragraphs: [
            'Automatic tests run in a real browser (with the test program Playwright) on every change to the software. They check every kind of page, in Dutch and in English, and the workspace for staff:',
          ],
          list: [
            'with axe, a tool that checks the rules of WCAG 2.2 AA;',
            'with the keyboard only: you reach every link, button, form and filter in order, and you can see where you are;',
            'for headings, landmarks (such as main content and navigation) and the language of the text;',
            'for error messages in forms: they are next to the field and are read out.',
          ],
        },
        {
          heading: 'What does not work well yet?',
          paragraphs: ['We know of these limitations:'],
          list: [
            'The chart of the promises uses colours. The same figures are therefore also in a table below the chart.',
            'Searching and filtering only work with JavaScript switched on. Without JavaScript you see the whole list.',
            'Following a project by e-mail only works with JavaScript switched on. Without JavaScript you can use the news feed or the calendar.',
            `Staff of ${organisation} write the texts about the projects. Sometimes a text is long or not in plain language. On the English pages a text is in Dutch when there is no English version of it yet.`,
            'Links to other websites, such as the council information system, and the documents there are not covered by this statement.',
          ],
        },
        {
          heading: 'Do you run into a problem?',
          paragraphs: [
            `Is there something you cannot read or use? Let ${organisation} know through the contact details on the municipality's website. Say which page it was and what went wrong. You will get an answer and, where needed, the information in another way.`,
          ],
        },
        {
          heading: 'Are you not satisfied with the answer?',
          paragraphs: [
            'Then you can file a complaint with the municipality. Still not satisfied after that? Then you can turn to the National Ombudsman or the ombudsman of your municipality.',
          ],
        },
        {
          heading: 'About this statement',
          paragraphs: [
            `${organisation} drew up this statement following the model of digitoegankelijk.nl. The date is below. The municipality can also add the statement to the Dutch register of accessibility statements.`,
          ],
        },
      ],
    },
    privacy: {
      title: 'Privacy statement',
      intro: (organisation: string) =>
        `${organisation} is responsible for this website. Here you can read which personal data the site keeps, why, for how long, who processes it and what your rights are.`,
      sections: (organisation: string, periods: RetentionPeriods): StatementSection[] => [
        {
          heading: 'When you look at the site',
          paragraphs: [
            'This site uses no cookies and no programs that follow or measure your visit. You do not have to fill in anything to read about the projects.',
            'The computer (server) that hosts the site does keep a log. It holds, for example, your IP address, the time and the page you asked for. This is needed to keep the site secure and to solve faults. How long the log is kept depends on the party that hosts the site for the municipality.',
          ],
        },
        {
          heading: 'When you follow a project',
          paragraphs: [
            'You can follow one project or all projects. You then get an e-mail when something changes. You only need an e-mail address, no account. For this we keep:',
          ],
          list: [
            'your e-mail address;',
            'the language in which you want the e-mails;',
            'what you follow, and how often you want e-mail: straight away, once a day or once a week;',
            'whether you also want to take part, for example in a sounding board;',
            'your neighbourhood or group, if you fill it in;',
            'when you signed up and when you confirmed it.',
          ],
        },
        {
          heading: 'Why we keep this, and on what legal basis',
          paragraphs: [
            'We only use your data to send you e-mail about what you follow. Staff of the municipality do not see your e-mail address. They only see how many people follow a project, per neighbourhood or group. And how many of them want to take part. That way the project sees which groups are still missing.',
            'We may do this because you give your consent (GDPR, Article 6(1)(a)). You give it when you confirm your sign-up with the link in the e-mail. You can always withdraw it: with the link to unsubscribe that is in every e-mail.',
            `For everything else on this site, the legal basis is the public task of ${organisation} (GDPR, Article 6(1)(e)). The municipality must show how residents take part, what it decided and what it promised. The Environment and Planning Act (Omgevingswet) and the Act on strengthening local participation ask for this.`,
          ],
        },
        {
          heading: 'How long we keep your data',
          paragraphs: ['The software of this site does this itself, every day:'],
          list: [
            `Do you not confirm your sign-up? Then we delete your e-mail address and what you filled in after ${periods.unconfirmed_days} days. The link to confirm works for ${periods.confirmation_link_days} days.`,
            'Do you follow a project? Then we keep your data for as long as you follow.',
            `Do you stop following? Then we delete what you followed straight away. We keep your e-mail address up to ${periods.mail_link_days} days after the last e-mail: that long the links in it work. That way the link can still show you that you have unsubscribed. Do you want everything gone at once? Then choose "Delete all my data" on the page with your e-mail settings.`,
            `Of the links in our e-mails we only keep a code that nobody can read back (a hash). A link to confirm works for ${periods.confirmation_link_days} days, the other links for ${periods.mail_link_days} days. ${periods.expired_link_days} days after a link stopped working, we delete that code too.`,
            `We keep track of which e-mail we sent when, without your address. After ${periods.finished_mail_days} days we delete this. Did sending an e-mail keep failing? Then that record stays until an administrator has looked at it, or until your data is deleted.`,
            `To prevent misuse, we count how often someone asks for an e-mail to confirm. For this we keep a code of the e-mail address, the project and the internet address of that request for ${periods.rate_limit_days === 1 ? '1 day' : `${periods.rate_limit_days} days`}. Nobody can read that code back (a hash).`,
          ],
        },
        {
          heading: 'Who processes your data',
          paragraphs: [`${organisation} has part of the work done by other parties:`],
          list: [
            'the party that sends the e-mails for the municipality. It sees your e-mail address and the e-mails you get;',
            'the party where the database of this site is kept. The data above is stored there;',
            'the party that hosts the website. It keeps the log of the server.',
          ],
        },
        {
          heading: 'See, change or delete your data',
          paragraphs: [
            'Every e-mail has a link to the page with your e-mail settings. There you see which e-mail address we have and what you follow. You choose how often you get e-mail and in which language. You can also stop following, or have all your data deleted straight away.',
            'Every e-mail also has a link to unsubscribe with one click.',
            'Did you not sign up yourself? Then you do not need to do anything. Without confirmation you get no e-mail from us, and we delete your address by itself.',
            'Your e-mail address is never shown on the site or in a public file.',
          ],
        },
        {
          heading: 'Names of staff and aldermen',
          paragraphs: [
            `Each project shows who the contact person is, who leads the project and which alderman is responsible. It shows their name, job title and work details, such as a work phone number. ${organisation} shows this because residents need to know whom to turn to. The site never shows e-mail addresses.`,
          ],
        },
        {
          heading: 'What stays public: the history and the ledger',
          paragraphs: [
            'Everything the municipality publishes on this site stays visible with its date in the history of the project. So does an earlier version of a text, and what was withdrawn, with the reason. That way anyone can check what the municipality said, decided and promised.',
            `With every publication it says who approved it: the role (for example approver) and ${organisation}, not the name. Whoever writes or approves does so on behalf of the municipality. Who is responsible is already shown with the project: the contact person, the project lead and the alderman. Other names are not needed for that.`,
            'The public ledger holds no texts, only fingerprints (hashes) and the reasons for withdrawals. Did a published text contain personal data by mistake? Then the administrator of the database can take that text out of the history. The line in the ledger stays, so it remains visible that something was taken out.',
          ],
        },
        {
          heading: 'Staff accounts and the audit log',
          paragraphs: [
            'Staff who put news, decisions and promises on the site have an account. For this we keep their e-mail address, an encrypted password and their role. Only administrators of their own municipality can see who has an account. When an administrator removes someone from the team, that person can no longer do anything in the workspace.',
            'An audit log records which staff member changed what, and what it said before and after the change. Only administrators of their own municipality can read it, and nobody can change it. The software does not delete accounts or the audit log by itself. How long the municipality keeps them is set in its rules for archives. The legal basis is the public task of the municipality.',
          ],
        },
        {
          heading: 'Your rights',
          paragraphs: [
            'Under the General Data Protection Regulation (GDPR, in Dutch AVG) you may ask which data we hold about you. You may ask us to correct or delete it, and you may object.',
            `Send your request to ${organisation} through the contact details on the municipality's website. You can also contact the municipality's data protection officer, who makes sure the municipality keeps to the GDPR. Do you disagree with how we handle your data? Then you can file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).`,
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
