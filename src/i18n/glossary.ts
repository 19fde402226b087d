// The portal's one vocabulary, Dutch and English: each term residents and staff meet, what it means (B1), and the
// variants it forbids. The site, the mails, the workspace and the demo data use these words, and
// tests/i18n/glossary.test.ts fails on a forbidden variant in any of them. GLOSSARY.md is this file in prose:
// change the words here first.

import type { Locale } from './locales.ts';

/** A wording the portal does not use, with what to say instead. */
export interface ForbiddenVariant {
  /** The variant as a person would search for it. */
  readonly variant: string;
  /**
   * A regular expression source, matched with the flags `u` and, unless `caseSensitive`, `i`. Word edges are
   * letters and digits (JavaScript's `\b` does not know "ë"), so write `belofte` and not `\bbelofte\b`.
   */
  readonly pattern: string;
  readonly caseSensitive?: boolean;
  /** Also inside a word: for marks such as "(en)" that are glued to the word before them. */
  readonly inWord?: boolean;
  /** What to write instead. */
  readonly use: string;
  /** When the variant is right after all, as a clause ("wel als …", "allowed when …"); such uses are written so that the pattern does not match them. */
  readonly allowedWhen?: string;
}

export interface GlossaryEntry {
  readonly term: string;
  /** What the term means, in one or two plain sentences (B1). */
  readonly definition: string;
  readonly forbidden: readonly ForbiddenVariant[];
}

export interface GlossaryTerm {
  /** A stable key, for GLOSSARY.md anchors and test names. */
  readonly id: string;
  readonly nl: GlossaryEntry;
  readonly en: GlossaryEntry;
}

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'promise',
    nl: {
      term: 'toezegging',
      definition:
        'Iets wat de gemeente heeft beloofd te doen, met wie het beloofde, wanneer en voor welke datum. U kunt zien of de gemeente zich eraan houdt.',
      forbidden: [{ variant: 'belofte', pattern: 'beloften?', use: 'toezegging' }],
    },
    en: {
      term: 'promise',
      definition:
        'Something the municipality said it will do, with who said it, when, and by which date. You can see whether it keeps its word.',
      forbidden: [{ variant: 'commitment', pattern: 'commitments?', use: 'promise' }],
    },
  },
  {
    id: 'promise-status',
    nl: {
      term: 'open, in uitvoering, nagekomen, gewijzigd, niet nagekomen',
      definition:
        'De stand van een toezegging. In uitvoering: de gemeente is ermee bezig. Gewijzigd: de toezegging is veranderd, met uitleg. Niet nagekomen: de gemeente doet het niet, met de reden.',
      forbidden: [{ variant: 'mee bezig', pattern: 'mee bezig', use: 'in uitvoering' }],
    },
    en: {
      term: 'open, in progress, kept, changed, broken',
      definition:
        'Where a promise stands. In progress: the municipality is working on it. Changed: the promise was changed, with an explanation. Broken: the municipality will not do it, with the reason.',
      forbidden: [{ variant: 'ongoing', pattern: 'ongoing', use: 'in progress' }],
    },
  },
  {
    id: 'overdue',
    nl: {
      term: 'te laat',
      definition: 'De datum van een toezegging is voorbij en de toezegging is nog niet nagekomen.',
      forbidden: [{ variant: 'over tijd', pattern: 'over tijd', use: 'te laat' }],
    },
    en: {
      term: 'overdue',
      definition: 'The date of a promise has passed and the promise has not been kept yet.',
      forbidden: [{ variant: 'past due', pattern: 'past due', use: 'overdue' }],
    },
  },
  {
    id: 'participation',
    nl: {
      term: 'participatie',
      definition:
        'Inwoners, ondernemers en organisaties denken, praten of beslissen mee over een plan van de gemeente. Hoeveel invloed u heeft, staat per fase.',
      forbidden: [
        {
          variant: 'inspraak',
          pattern: 'inspraak',
          use: 'participatie',
          allowedWhen:
            'de wettelijke inspraak is bedoeld: schrijf dan het samengestelde woord (inspraakprocedure, inspraakreactie, inspraakverordening)',
        },
      ],
    },
    en: {
      term: 'participation',
      definition:
        'Residents, businesses and organisations think, talk or decide along on a plan of the municipality. How much influence you have is stated per phase.',
      forbidden: [],
    },
  },
  {
    id: 'decided',
    nl: {
      term: 'besloot, besloten',
      definition: 'De verleden tijd van besluiten: wat de raad of het college heeft besloten.',
      forbidden: [{ variant: 'besliste', pattern: 'beslisten?', use: 'besloot (meervoud: besloten)' }],
    },
    en: {
      term: 'decided',
      definition: 'What the council or the executive decided.',
      forbidden: [],
    },
  },
  {
    id: 'key-date',
    nl: {
      term: 'moment om mee te doen',
      definition:
        'Een datum waarop u mee kunt doen: een bijeenkomst, een vragenlijst, een werksessie of een uiterste datum. Op de site en in de werkruimte heet een lijst ervan "Momenten om mee te doen".',
      forbidden: [
        { variant: 'Belangrijke data', pattern: 'belangrijke (?:data|datums)', use: 'Momenten om mee te doen' },
        { variant: 'sleuteldata', pattern: 'sleuteldat(?:a|ums)', use: 'Momenten om mee te doen' },
      ],
    },
    en: {
      term: 'moment to take part',
      definition:
        'A date on which you can take part: a meeting, a survey, a workshop or a deadline. On the site and in the workspace a list of them is called "Moments to take part".',
      forbidden: [
        { variant: 'Key dates', pattern: 'key dates', use: 'Moments to take part' },
        { variant: 'Important dates', pattern: 'important dates', use: 'Moments to take part' },
      ],
    },
  },
  {
    id: 'next-decision',
    nl: {
      term: 'volgend besluit',
      definition: 'Het eerstvolgende besluit van de raad over dit project ("het besluit", dus "volgend besluit").',
      forbidden: [
        {
          variant: 'Volgende besluit',
          // Only without an article: "het volgende besluit" is right.
          pattern: '(?<![\\p{L}] )volgende besluit',
          use: 'Volgend besluit',
          allowedWhen: 'er staat een lidwoord voor: "het volgende besluit"',
        },
      ],
    },
    en: { term: 'next decision', definition: 'The next decision of the council on this project.', forbidden: [] },
  },
  {
    id: 'council-role',
    nl: {
      term: 'rol van de gemeenteraad',
      definition:
        'Wat de gemeenteraad in een fase doet: kaders stellen, besluiten, adviseren of controleren. De raad controleert het college altijd, ook als het college zelf beslist.',
      forbidden: [
        {
          variant: 'geen rol (van de raad)',
          pattern: 'geen rol',
          use: '"Het college beslist": de raad controleert achteraf',
        },
      ],
    },
    en: {
      term: "the council's role",
      definition:
        'What the municipal council does in a phase: set the frame, decide, advise or check. The council always checks the executive, also when the executive decides on its own.',
      forbidden: [
        { variant: 'no role (of the council)', pattern: 'no role', use: '"The executive decides": the council checks afterwards' },
      ],
    },
  },
  {
    id: 'committee',
    nl: {
      term: 'commissie',
      definition:
        'Een groep raadsleden die een onderwerp bespreekt voordat de gemeenteraad erover besluit. Een commissie besluit zelf niet: zij bespreekt, adviseert of vindt een voorstel rijp voor een besluit in de raad.',
      forbidden: [],
    },
    en: {
      term: 'committee',
      definition:
        'A group of council members that discusses a subject before the municipal council decides on it. A committee does not decide: it discusses, advises, or finds a proposal ready for a council decision.',
      forbidden: [],
    },
  },
  {
    id: 'motion',
    nl: {
      term: 'motie, amendement',
      definition:
        'Voorstellen van raadsleden waarover de gemeenteraad stemt. Met een motie vraagt de raad het college iets te doen. Met een amendement verandert de raad het voorstel zelf.',
      forbidden: [],
    },
    en: {
      term: 'motion, amendment',
      definition:
        'Proposals of council members that the municipal council votes on. With a motion the council asks the executive to do something. With an amendment the council changes the proposal itself.',
      forbidden: [],
    },
  },
  {
    id: 'council-letter',
    nl: {
      term: 'raadsinformatiebrief',
      definition: 'Een brief waarin het college de gemeenteraad vertelt hoe het ervoor staat. Hier staat er een korte samenvatting van.',
      forbidden: [],
    },
    en: {
      term: 'council information letter',
      definition: 'A letter in which the executive tells the municipal council how things stand. Here you find a short summary of it.',
      forbidden: [],
    },
  },
  {
    id: 'promise-to-council',
    nl: {
      term: 'toezegging aan de gemeenteraad',
      definition:
        'Een toezegging die het college of een wethouder aan de gemeenteraad doet. U kunt volgen of het college zich eraan houdt, net als bij andere toezeggingen.',
      forbidden: [],
    },
    en: {
      term: 'promise to the municipal council',
      definition:
        'A promise the executive or an alderman makes to the municipal council. You can follow whether the executive keeps it, like every other promise.',
      forbidden: [],
    },
  },
  {
    id: 'executive',
    nl: {
      term: 'college (van burgemeester en wethouders)',
      definition: 'Het dagelijks bestuur van de gemeente: de burgemeester en de wethouders.',
      forbidden: [{ variant: 'B&W', pattern: 'B&W|B en W', caseSensitive: true, use: 'het college (van burgemeester en wethouders)' }],
    },
    en: {
      term: 'executive (mayor and aldermen)',
      definition: 'The daily government of the municipality: the mayor and the aldermen.',
      forbidden: [],
    },
  },
  {
    id: 'binding-advice',
    nl: {
      term: 'bindend adviesrecht',
      definition:
        'Onder de Omgevingswet: de raad geeft een advies dat het college moet volgen, bijvoorbeeld bij een buitenplanse activiteit.',
      forbidden: [
        {
          variant: 'verklaring van geen bedenkingen',
          pattern: 'verklaring van geen bedenkingen|vvgb',
          use: 'bindend adviesrecht (sinds de Omgevingswet)',
        },
      ],
    },
    en: {
      term: 'binding advice',
      definition: 'Under the Environment and Planning Act: the council gives advice that the executive must follow.',
      forbidden: [{ variant: 'declaration of no objection', pattern: 'declaration of no objections?', use: 'binding advice' }],
    },
  },
  {
    id: 'participant-hours',
    nl: {
      term: 'tijd per deelnemer',
      definition: 'Hoeveel uur het meedoen één deelnemer ongeveer kost, over het hele project.',
      forbidden: [{ variant: 'uren die inwoners samen gaven', pattern: 'samen gaven', use: 'Tijd per deelnemer: 3 uur' }],
    },
    en: {
      term: 'time per participant',
      definition: 'About how many hours taking part costs one participant, over the whole project.',
      forbidden: [{ variant: 'hours residents gave together', pattern: 'gave together', use: 'Time per participant: 3 hours' }],
    },
  },
  {
    id: 'responsible',
    nl: {
      term: 'wie is verantwoordelijk?',
      definition: 'De wethouder en de projectleider die voor het project verantwoordelijk zijn.',
      forbidden: [{ variant: 'Wie zijn er verantwoordelijk?', pattern: 'wie zijn er verantwoordelijk', use: 'Wie is verantwoordelijk?' }],
    },
    en: { term: 'who is responsible?', definition: 'The alderman and the project lead responsible for the project.', forbidden: [] },
  },
  {
    id: 'email',
    nl: {
      term: 'e-mail, e-mailadres, e-mailinstellingen',
      definition: 'Eén woord, met een streepje na de e: e-mailadres, e-mailinstellingen.',
      forbidden: [
        { variant: 'e-mail instellingen', pattern: 'e-?mail instellingen', use: 'e-mailinstellingen' },
        { variant: 'e-mail adres', pattern: 'e-?mail adres', use: 'e-mailadres' },
        { variant: 'email (zonder streepje)', pattern: '(?<![\\p{L}\\p{N}-])email\\p{L}*', use: 'e-mail' },
      ],
    },
    en: {
      term: 'e-mail, e-mail address, e-mail settings',
      definition: 'Written with a hyphen, as on the rest of the site: e-mail address, e-mail settings.',
      forbidden: [],
    },
  },
  {
    id: 'identity-document',
    nl: {
      term: 'identiteitsbewijs',
      definition: 'Een paspoort, identiteitskaart of rijbewijs.',
      forbidden: [{ variant: 'ID', pattern: 'ID', caseSensitive: true, use: 'identiteitsbewijs' }],
    },
    en: { term: 'proof of identity', definition: 'A passport, identity card or driving licence.', forbidden: [] },
  },
  {
    id: 'news-feed',
    nl: {
      term: 'nieuwsfeed, agenda',
      definition:
        'Een nieuwsfeed brengt het nieuws naar uw nieuwslezer. Met de agendalink zet u de momenten in uw eigen agenda. De technische namen (RSS, iCalendar) staan alleen in de uitleg op de pagina Open data.',
      forbidden: [
        { variant: '(RSS)', pattern: '\\(RSS\\)', caseSensitive: true, use: 'nieuwsfeed, zonder afkorting' },
        {
          variant: 'iCalendar',
          pattern: '(?<!heet )iCalendar',
          caseSensitive: true,
          use: 'agenda',
          allowedWhen: 'de tekst de techniek uitlegt: "de techniek heet iCalendar"',
        },
      ],
    },
    en: {
      term: 'news feed, calendar',
      definition:
        'A news feed brings the news to your news reader. With the calendar link you add the moments to your own calendar. The technical names (RSS, iCalendar) appear only in the explanation on the Open data page.',
      forbidden: [
        { variant: '(RSS)', pattern: '\\(RSS\\)', caseSensitive: true, use: 'news feed, without the abbreviation' },
        {
          variant: 'iCalendar',
          pattern: '(?<!called )iCalendar',
          caseSensitive: true,
          use: 'calendar',
          allowedWhen: 'the text explains the technique: "the technique is called iCalendar"',
        },
      ],
    },
  },
  {
    id: 'plurals',
    nl: {
      term: 'meervoud',
      definition:
        'Schrijf het getal met het goede woord ("1 concept", "2 concepten"), of zet het getal achter een dubbele punt ("Concepten: 2").',
      forbidden: [
        {
          variant: 'concept(en), wacht(en)',
          pattern: "(?<=\\p{L})\\((?:en|s|n|'s|’s)\\)",
          inWord: true,
          use: 'het woord dat bij het getal hoort',
        },
      ],
    },
    en: {
      term: 'plural',
      definition: 'Write the number with the right word ("1 draft", "2 drafts"), or put the number after a colon ("Drafts: 2").',
      forbidden: [{ variant: 'draft(s)', pattern: '(?<=\\p{L})\\((?:s|es)\\)', inWord: true, use: 'the word that fits the number' }],
    },
  },
  // Terms without a forbidden variant: defined here so that every page and mail means the same by them.
  {
    id: 'resident',
    nl: {
      term: 'inwoner',
      definition: 'Iemand die in de gemeente woont. Bewoners zijn de inwoners van één straat of buurt.',
      forbidden: [],
    },
    en: {
      term: 'resident',
      definition: 'Someone who lives in the municipality.',
      forbidden: [{ variant: 'citizen', pattern: 'citizens?', use: 'resident' }],
    },
  },
  {
    id: 'input',
    nl: {
      term: 'inbreng',
      definition: 'Wat inwoners zeiden of schreven over een plan. De gemeente laat zien wat zij ermee deed ("U zei, wij deden").',
      forbidden: [],
    },
    en: {
      term: 'input',
      definition: 'What residents said or wrote about a plan. The municipality shows what it did with it ("You said, we did").',
      forbidden: [],
    },
  },
  {
    id: 'frames',
    nl: {
      term: 'kaders',
      definition: 'Wat al vastligt en waar u niet meer over meepraat, zoals het budget of een wet.',
      forbidden: [],
    },
    en: {
      term: 'fixed frames',
      definition: 'What is already fixed and not open to your input, such as the budget or a law.',
      forbidden: [],
    },
  },
  {
    id: 'update',
    nl: {
      term: 'nieuws, bericht',
      definition: 'Een bericht van de gemeente over het project. Op de site heet de lijst "Nieuws", één bericht heet "bericht".',
      forbidden: [],
    },
    en: { term: 'news, message', definition: 'A message of the municipality about the project. The list is called "News".', forbidden: [] },
  },
  {
    id: 'follow',
    nl: {
      term: 'volgen',
      definition: 'U krijgt een e-mail als er iets verandert in een project. U heeft alleen een e-mailadres nodig en kunt altijd stoppen.',
      forbidden: [{ variant: 'abonneren', pattern: 'abonner(?:en|t)|abonnement', use: 'volgen' }],
    },
    en: {
      term: 'follow',
      definition: 'You get an e-mail when something changes in a project. You only need an e-mail address and can stop at any time.',
      forbidden: [
        {
          variant: 'subscribe',
          pattern: 'subscribe(?:s|d)?',
          use: 'follow',
          allowedWhen: 'it is part of "unsubscribe", the word mail programs show (the pattern does not match it)',
        },
      ],
    },
  },
];

/** A forbidden variant found in a text. */
export interface GlossaryViolation {
  readonly term: string;
  readonly variant: string;
  readonly found: string;
  readonly use: string;
}

// Placeholders such as {email} or {count} are filled in later; their names are not words a reader sees.
const placeholder = /\{[A-Za-z_]+\}/g;

function compile(variant: ForbiddenVariant): RegExp {
  const edge = '[\\p{L}\\p{N}]';
  const source = variant.inWord ? variant.pattern : `(?<!${edge})(?:${variant.pattern})(?!${edge})`;
  return new RegExp(source, variant.caseSensitive ? 'gu' : 'giu');
}

/**
 * The forbidden variants of one language that a text contains.
 * @example findForbiddenVariants('Deze belofte is over tijd.', 'nl') // two violations: belofte, over tijd
 */
export function findForbiddenVariants(text: string, locale: Locale): GlossaryViolation[] {
  const readable = text.replace(placeholder, ' ');
  const violations: GlossaryViolation[] = [];
  for (const term of glossary) {
    for (const variant of term[locale].forbidden) {
      for (const match of readable.matchAll(compile(variant))) {
        violations.push({ term: term.id, variant: variant.variant, found: match[0], use: variant.use });
      }
    }
  }
  return violations;
}
