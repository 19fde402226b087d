import type { Locale } from '../../i18n/locales.ts';

// Officialese (ambtelijke taal) with a plainer word, from the usual B1 writing guides. Each entry lists the
// forms to look for; a match is a whole word or phrase, whatever its case.

export interface PlainAlternative {
  /** The word or phrase as the hint names it. */
  term: string;
  /** What to write instead. */
  alternative: string;
  /** Inflected forms that count as the same word, the term itself included. */
  forms: readonly string[];
}

const entry = (term: string, alternative: string, ...more: string[]): PlainAlternative => ({ term, alternative, forms: [term, ...more] });

export const officialese: Record<Locale, readonly PlainAlternative[]> = {
  nl: [
    entry('middels', 'met'),
    entry('teneinde', 'om'),
    entry('inzake', 'over'),
    entry('derhalve', 'daarom'),
    entry('conform', 'volgens'),
    entry('faciliteren', 'mogelijk maken', 'faciliteert', 'faciliteer', 'faciliteerde', 'faciliteerden', 'gefaciliteerd'),
    entry(
      'implementeren',
      'invoeren',
      'implementeert',
      'implementeer',
      'implementeerde',
      'implementeerden',
      'geïmplementeerd',
      'implementatie',
    ),
    entry('prioriteren', 'voorrang geven', 'prioriteert', 'prioriteer', 'geprioriteerd', 'prioritering'),
    entry('ten behoeve van', 'voor'),
    entry('in het kader van', 'bij, voor'),
    entry('alsmede', 'en, ook'),
    entry('aangaande', 'over'),
    entry('omtrent', 'over'),
    entry('dientengevolge', 'daardoor'),
    entry('indien', 'als'),
    entry('reeds', 'al'),
    entry('thans', 'nu'),
    entry('tevens', 'ook'),
    entry('doch', 'maar'),
    entry('zulks', 'dat'),
    entry('ingevolge', 'volgens'),
    entry('onverwijld', 'meteen'),
    entry('zorg dragen voor', 'zorgen voor', 'draagt zorg voor', 'dragen zorg voor', 'droeg zorg voor'),
    entry('in overleg treden', 'overleggen', 'treden in overleg', 'treedt in overleg'),
    entry('doen toekomen', 'sturen'),
    entry('retourneren', 'terugsturen', 'retourneert', 'geretourneerd'),
    entry('participeren', 'meedoen', 'participeert', 'geparticipeerd'),
    entry('optimaliseren', 'verbeteren', 'optimaliseert', 'geoptimaliseerd'),
    entry('evalueren', 'bespreken, beoordelen', 'evalueert', 'geëvalueerd'),
    entry('adequaat', 'goed, passend', 'adequate'),
    entry('vigerend', 'geldend', 'vigerende'),
    entry('woonachtig', 'wonend'),
  ],
  en: [
    entry(
      'utilise',
      'use',
      'utilize',
      'utilises',
      'utilizes',
      'utilised',
      'utilized',
      'utilising',
      'utilizing',
      'utilisation',
      'utilization',
    ),
    entry('commence', 'start', 'commences', 'commenced', 'commencing', 'commencement'),
    entry('facilitate', 'help', 'facilitates', 'facilitated', 'facilitating'),
    entry('in accordance with', 'under, in line with'),
    entry('prior to', 'before'),
    entry('in order to', 'to'),
    entry('with regard to', 'about', 'with regards to', 'in regard to'),
    entry('in the event that', 'if'),
    entry('approximately', 'about'),
    entry('endeavour', 'try', 'endeavor', 'endeavours', 'endeavors', 'endeavoured', 'endeavored'),
    entry('subsequently', 'later, then'),
    entry('terminate', 'end', 'terminates', 'terminated', 'terminating', 'termination'),
    entry('ascertain', 'find out', 'ascertains', 'ascertained'),
    entry('notwithstanding', 'despite'),
    entry('henceforth', 'from now on'),
    entry('forthwith', 'now, at once'),
    entry('sufficient', 'enough'),
    entry('purchase', 'buy', 'purchases', 'purchased', 'purchasing'),
    entry('obtain', 'get', 'obtains', 'obtained', 'obtaining'),
    entry('in respect of', 'about, for'),
    entry('pursuant to', 'under'),
    entry('implement', 'carry out, do', 'implements', 'implemented', 'implementing', 'implementation'),
  ],
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface FoundOfficialese {
  /** The form as it appears in the text. */
  found: string;
  entry: PlainAlternative;
}

/**
 * Officialese in a text, in order of appearance, each entry once.
 *
 * @example
 * findOfficialese('Wij faciliteren dit middels een avond.', 'nl').map((f) => f.entry.alternative) // => ['mogelijk maken', 'met']
 */
export function findOfficialese(text: string, locale: Locale): FoundOfficialese[] {
  const found: Array<FoundOfficialese & { at: number }> = [];
  for (const candidate of officialese[locale]) {
    const forms = [...candidate.forms].sort((a, b) => b.length - a.length).map((form) => escapeRegExp(form).replace(/ /g, '\\s+'));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const match = pattern.exec(text);
    if (match) found.push({ found: match[0], entry: candidate, at: match.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ found: form, entry: candidate }) => ({ found: form, entry: candidate }));
}
