import { foldConstantTokens } from './fold-tokens.ts';
import type { PageTokens } from './page-tokens.ts';
import { customPropertiesRead, type CssDeclaration, type CssNode, type SelectorNeeds } from './stylesheet.ts';

// The CSS one page needs out of the site's stylesheets: the rules whose selectors can match something in the
// page (or that its scripts may add), and of the custom properties (the NL Design System tokens, most of the
// bytes) only those that a kept declaration reads, directly or through another custom property.

/** Custom properties the page's style attributes read and set (the organisation's theme sets some on <html>). */
export interface StyleAttributes {
  reads: Iterable<string>;
  defines: ReadonlySet<string>;
}

/**
 * The pruned CSS, minified, in the stylesheets' order (the cascade is unchanged for what is kept), with the design
 * tokens that are constant on the page written in place (fold-tokens.ts).
 */
export function pruneCss(
  stylesheets: readonly CssNode[][],
  page: PageTokens,
  style: StyleAttributes = { reads: [], defines: new Set() },
): string {
  const kept = foldConstantTokens(
    stylesheets.flatMap((nodes) => keepMatching(nodes, page)),
    style.defines,
  );
  const needed = neededCustomProperties(kept, style.reads);
  return kept.map((node) => serialise(node, needed)).join('');
}

function matches(needs: SelectorNeeds, page: PageTokens): boolean {
  return (
    needs.classes.every((name) => page.classes.has(name)) &&
    needs.ids.every((id) => page.ids.has(id)) &&
    needs.tags.every((tag) => page.tags.has(tag))
  );
}

function keepMatching(nodes: readonly CssNode[], page: PageTokens): CssNode[] {
  const kept: CssNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'rule') {
      const selectors = node.selectors.filter((needs) => matches(needs, page));
      if (selectors.length > 0) kept.push({ ...node, selectors });
    } else if (node.kind === 'block') {
      const children = keepMatching(node.children, page);
      if (children.length > 0) kept.push({ ...node, children });
    } else kept.push(node);
  }
  return kept;
}

function* declarationsOf(nodes: readonly CssNode[]): Generator<CssDeclaration> {
  for (const node of nodes) {
    if (node.kind === 'rule') yield* node.declarations;
    else if (node.kind === 'block') yield* declarationsOf(node.children);
  }
}

/** Custom properties read by a kept declaration, and those they read in turn (a token defined by another). */
function neededCustomProperties(kept: readonly CssNode[], extraReads: Iterable<string>): Set<string> {
  const definitions = new Map<string, string[]>();
  const needed = new Set<string>(extraReads);
  const verbatim = kept.filter((node): node is Extract<CssNode, { kind: 'verbatim' }> => node.kind === 'verbatim');
  for (const node of verbatim) for (const read of customPropertiesRead(node.text)) needed.add(read);
  for (const declaration of declarationsOf(kept)) {
    if (declaration.prop.startsWith('--')) {
      const reads = definitions.get(declaration.prop) ?? [];
      reads.push(...declaration.reads);
      definitions.set(declaration.prop, reads);
    } else for (const read of declaration.reads) needed.add(read);
  }
  const queue = [...needed];
  while (queue.length > 0) {
    for (const read of definitions.get(queue.pop() as string) ?? []) {
      if (!needed.has(read)) {
        needed.add(read);
        queue.push(read);
      }
    }
  }
  return needed;
}

function serialise(node: CssNode, needed: Set<string>): string {
  if (node.kind === 'verbatim') return node.text;
  if (node.kind === 'block') {
    const inner = node.children.map((child) => serialise(child, needed)).join('');
    return inner === '' ? '' : `${node.prelude}{${inner}}`;
  }
  const declarations = node.declarations.filter((declaration) => !declaration.prop.startsWith('--') || needed.has(declaration.prop));
  if (declarations.length === 0) return '';
  return `${node.selectors.map((needs) => needs.text).join(',')}{${declarations.map((declaration) => declaration.text).join(';')}}`;
}
