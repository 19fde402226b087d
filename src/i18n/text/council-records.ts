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
};
