// `npx tsx scripts/glossary.ts`: writes GLOSSARY.md from src/i18n/glossary.ts, the one source of the portal's
// words. The glossary test fails until GLOSSARY.md matches, so run this after changing the glossary.
import { writeFileSync } from 'node:fs';
import { glossaryMarkdown } from '../src/i18n/glossary-markdown.ts';

writeFileSync(new URL('../GLOSSARY.md', import.meta.url), glossaryMarkdown());
console.log('GLOSSARY.md written from src/i18n/glossary.ts');
