// UI text of the council's own records (meetings, motions and amendments, council information letters, promises
// made to the council), Dutch first; English must match it key for key (the type says so). Its own file because
// the project page, the council page and the calendars all show these records, with the same words.

export const councilRecordsNl = {
  /** The role of the council in one phase, with the phase's expectations. */
  phaseRole: 'Rol van de raad in deze fase',
  phaseMotions: 'Moties en amendementen in deze fase',
  motions: 'Moties en amendementen',
  submittedBy: 'Ingediend door',
  /** What a motion asks of the college, or what an amendment changes in the proposal. */
  asks: { motion: 'Wat de motie vraagt', amendment: 'Wat het amendement verandert aan het voorstel' },
  result: 'Uitslag',
  resultSummary: 'Wat het veranderde',
  source: 'Bekijk in het raadsinformatiesysteem',
  // The votes per party: a table, and one sentence with the totals above it.
  votesCaption: (kind: string, reference: string | null) =>
    reference === null ? `Hoe de partijen stemden over dit ${kind}` : `Hoe de partijen stemden over ${kind} ${reference}`,
  party: 'Partij',
  votesFor: 'Voor',
  votesAgainst: 'Tegen',
  total: 'Totaal',
  voteSummary: (result: string, votesFor: number, votesAgainst: number) =>
    `${result} met ${votesFor} ${votesFor === 1 ? 'stem' : 'stemmen'} voor en ${votesAgainst} tegen.`,
  // Council information letters.
  letters: 'Raadsinformatiebrieven',
  lettersIntro: 'In een raadsinformatiebrief vertelt het college de raad hoe het ervoor staat.',
  sentOn: 'Verstuurd op',
  readLetter: 'Lees de brief',
  // Promises the college made to the council.
  madeToCouncil: 'Toezegging aan de gemeenteraad',
  madeTo: 'Aan wie',
  // The council page of one project (/projecten/<slug>/gemeenteraad/), and the way to it from the project page.
  everything: 'Alles over de gemeenteraad bij dit project',
  pageHeading: 'De gemeenteraad en',
  pageTitle: (project: string) => `De gemeenteraad en ${project}`,
  pageIntro:
    'Hier leest u wat de gemeenteraad bij dit project doet. U ziet de rol van de raad in elke fase. U ziet wanneer de raad of een commissie over het project sprak, en wat daar gebeurde. Bij elke motie en elk amendement staat hoe de partijen stemden. U leest ook de raadsinformatiebrieven en wat het college de raad beloofde.',
  backToProject: 'Terug naar het project',
  allMeetings: 'Alle vergaderingen van de raad, bij alle projecten',
  rolePerPhase: 'De rol van de raad per fase',
  noLetters: 'Het college heeft de raad nog geen raadsinformatiebrief over dit project gestuurd.',
  promisesToCouncil: 'Toezeggingen aan de gemeenteraad',
  promisesToCouncilIntro: 'Dit beloofde het college aan de raad. U ziet hoe ver het is, en wat er eerder veranderde.',
  noPromisesToCouncil: 'Het college heeft de raad bij dit project nog niets toegezegd.',
  nothingYet:
    'De raad heeft nog niet over dit project gesproken. Er zijn ook nog geen moties, raadsinformatiebrieven of toezeggingen aan de raad. Zodra dat verandert, leest u het hier.',
};

export const councilRecordsEn: typeof councilRecordsNl = {
  phaseRole: "The council's role in this phase",
  phaseMotions: 'Motions and amendments in this phase',
  motions: 'Motions and amendments',
  submittedBy: 'Submitted by',
  asks: { motion: 'What the motion asks', amendment: 'What the amendment changes in the proposal' },
  result: 'Result',
  resultSummary: 'What it changed',
  source: 'View in the council information system',
  votesCaption: (kind: string, reference: string | null) =>
    reference === null ? `How the parties voted on this ${kind}` : `How the parties voted on ${kind} ${reference}`,
  party: 'Party',
  votesFor: 'For',
  votesAgainst: 'Against',
  total: 'Total',
  voteSummary: (result: string, votesFor: number, votesAgainst: number) =>
    `${result} with ${votesFor} ${votesFor === 1 ? 'vote' : 'votes'} for and ${votesAgainst} against.`,
  letters: 'Council information letters',
  lettersIntro: 'In a council information letter the executive tells the council how things stand.',
  sentOn: 'Sent on',
  readLetter: 'Read the letter',
  madeToCouncil: 'Promise to the municipal council',
  madeTo: 'To whom',
  everything: 'Everything about the council in this project',
  pageHeading: 'The council and',
  pageTitle: (project: string) => `The council and ${project}`,
  pageIntro:
    'This page shows what the municipal council does in this project. You see the role of the council in each phase. You see when the council or a committee discussed the project, and what happened there. Each motion and amendment shows how the parties voted. You can also read the council information letters and what the executive promised the council.',
  backToProject: 'Back to the project',
  allMeetings: 'All council meetings, for every project',
  rolePerPhase: "The council's role per phase",
  noLetters: 'The executive has not sent the council a council information letter about this project yet.',
  promisesToCouncil: 'Promises to the municipal council',
  promisesToCouncilIntro: 'What the executive promised the council: how far it has got, and what changed before.',
  noPromisesToCouncil: 'The executive has not made the council any promises in this project yet.',
  nothingYet:
    'The council has not discussed this project yet. There are no motions, council information letters or promises to the council either. As soon as that changes, you can read it here.',
};
