import type { Locale } from '../locales.ts';

// Text of the workspace's panel "Agendapunten uit het raadsinformatiesysteem" in a project's council section
// (src/islands/workspace/CouncilLinksPanel.tsx): which agenda items of Open Raadsinformatie the project follows,
// so that the council import brings them in. Dutch first, plain language (B1). A file of its own, imported only by
// the panel, so that the workspace's first view does not carry it.

export const councilLinksNl = {
  title: 'Agendapunten uit het raadsinformatiesysteem',
  intro:
    'Volgt dit project een agendapunt van de gemeenteraad? Koppel het hier. De import haalt het agendapunt dan op uit Open Raadsinformatie, met de moties en amendementen. Alles komt binnen als concept. U vindt het daarna bij de raadsmomenten en de moties van dit project. Daar controleert u het en stuurt u het ter goedkeuring.',
  loading: 'Gekoppelde agendapunten laden…',
  loadFailed: 'De gekoppelde agendapunten konden niet worden geladen.',
  listTitle: 'Gekoppelde agendapunten',
  none: 'Er is nog geen agendapunt gekoppeld aan dit project.',
  item: (id: string) => `Agendapunt ${id}`,
  linkedOn: (date: string) => `Gekoppeld op ${date}`,
  notImported: 'Nog niet geïmporteerd',
  notImportedHelp: 'De volgende import haalt het op.',
  imported: 'Geïmporteerd als raadsmoment',
  pendingRevision: 'Er wacht een wijziging van dit raadsmoment op goedkeuring.',
  motions: (count: number) =>
    count === 0 ? 'Geen moties of amendementen' : count === 1 ? '1 motie of amendement' : `${count} moties en amendementen`,
  toMoment: (title: string) => `Naar het raadsmoment: ${title}`,
  addTitle: 'Agendapunt koppelen',
  label: 'Id van het agendapunt in Open Raadsinformatie',
  help: 'Het id van het agendapunt in Open Raadsinformatie, bijvoorbeeld 44477. Daarna haalt de import het agendapunt en de moties op als concept.',
  submit: 'Agendapunt koppelen',
  busy: 'Bezig met koppelen…',
  linked: (id: string) => `Agendapunt ${id} is gekoppeld. De volgende import haalt het op als concept.`,
  alreadyLinked: (id: string) => `Agendapunt ${id} is al gekoppeld aan dit project. U hoeft het niet nog een keer te koppelen.`,
  remove: 'Ontkoppelen',
  removeLabel: (id: string) => `Ontkoppelen: agendapunt ${id}`,
  removeConfirm: (id: string) =>
    `Wilt u agendapunt ${id} ontkoppelen? De import haalt het dan niet meer op. Wat al is geïmporteerd, blijft staan: het raadsmoment en de moties. Die kunt u zelf verwijderen of intrekken.`,
  removeYes: 'Ja, ontkoppelen',
  removeFailed: 'Ontkoppelen lukte niet.',
  removed: (id: string) => `Agendapunt ${id} is ontkoppeld. Wat al was geïmporteerd, blijft staan.`,
};

export type CouncilLinksText = typeof councilLinksNl;

export const councilLinksEn: CouncilLinksText = {
  title: 'Agenda items from the council information system',
  intro:
    'Does this project follow an item on the council’s agenda? Link it here. The import then fetches the agenda item from Open Raadsinformatie, with its motions and amendments. Everything comes in as a draft. You then find it with the council moments and the motions of this project. There you check it and submit it for approval.',
  loading: 'Loading the linked agenda items…',
  loadFailed: 'The linked agenda items could not be loaded.',
  listTitle: 'Linked agenda items',
  none: 'No agenda item is linked to this project yet.',
  item: (id: string) => `Agenda item ${id}`,
  linkedOn: (date: string) => `Linked on ${date}`,
  notImported: 'Not imported yet',
  notImportedHelp: 'The next import fetches it.',
  imported: 'Imported as a council moment',
  pendingRevision: 'A change to this council moment is waiting for approval.',
  motions: (count: number) =>
    count === 0 ? 'No motions or amendments' : count === 1 ? '1 motion or amendment' : `${count} motions and amendments`,
  toMoment: (title: string) => `Go to the council moment: ${title}`,
  addTitle: 'Link an agenda item',
  label: 'Id of the agenda item in Open Raadsinformatie',
  help: 'The id of the agenda item in Open Raadsinformatie, for example 44477. The import then fetches the agenda item and its motions as drafts.',
  submit: 'Link agenda item',
  busy: 'Linking…',
  linked: (id: string) => `Agenda item ${id} is linked. The next import fetches it as a draft.`,
  alreadyLinked: (id: string) => `Agenda item ${id} is already linked to this project. You do not need to link it again.`,
  remove: 'Unlink',
  removeLabel: (id: string) => `Unlink: agenda item ${id}`,
  removeConfirm: (id: string) =>
    `Do you want to unlink agenda item ${id}? The import then no longer fetches it. What was imported already stays: the council moment and the motions. You can delete or withdraw those yourself.`,
  removeYes: 'Yes, unlink',
  removeFailed: 'Unlinking did not work.',
  removed: (id: string) => `Agenda item ${id} is unlinked. What was imported already stays.`,
};

/** The panel's text in the staff member's language. */
export function councilLinksText(locale: Locale): CouncilLinksText {
  return locale === 'en' ? councilLinksEn : councilLinksNl;
}
