import { customPropertiesRead, type CssDeclaration, type CssNode } from './stylesheet.ts';

// Design tokens that are constant on a page, written in place of the var() that reads them. The NL Design System
// components read every value through a chain of custom properties with fallbacks
// (var(--utrecht-paragraph-color, var(--utrecht-document-color, inherit))); most links of such a chain are set
// nowhere on the page, and the rest once, on :root. Resolved at build time, the CSS a page carries is much smaller
// and means the same:
// - a token set nowhere (in no kept rule and no style attribute) makes var() use its fallback;
// - a token set only in :root rules outside any @media (the last one wins: the organisation's theme comes last,
//   see inline-page-css.ts), whose value is itself constant, is the same on every element (custom properties
//   inherit their computed value), so var() becomes that value.
// Anything set elsewhere (a component rule, a modifier, a style attribute in the page) stays a var(): its value
// depends on the element.

interface Definition {
  value: string;
  atRoot: boolean;
}

/**
 * The nodes with constant tokens folded in, and without :root definitions that a later :root rule overrides (the
 * defaults the organisation's theme replaces). `styleDefines` are the custom properties set in style attributes.
 */
export function foldConstantTokens(nodes: readonly CssNode[], styleDefines: ReadonlySet<string>): CssNode[] {
  const rules = withoutOverriddenRootDefinitions(nodes);
  const definitions = new Map<string, Definition[]>();
  collectDefinitions(rules, false, definitions);
  const resolved = new Map<string, string | null>();

  const constantValue = (name: string, visiting: Set<string>): string | null => {
    if (resolved.has(name)) return resolved.get(name) as string | null;
    const defined = definitions.get(name) ?? [];
    let value: string | null = null;
    const last = defined.at(-1);
    if (!styleDefines.has(name) && last && defined.every((definition) => definition.atRoot) && !visiting.has(name)) {
      visiting.add(name);
      const folded = fold(last.value, (read) => constantOrFallback(read, visiting));
      visiting.delete(name);
      // Constant only when nothing in it still depends on the element.
      value = folded === null || folded.includes('var(') ? null : folded;
    }
    resolved.set(name, value);
    return value;
  };
  // What var(--read, fallback) becomes: the token's constant value, its fallback when it is set nowhere, or 'keep'
  // (stays as written).
  const constantOrFallback = (read: string, visiting: Set<string>): Replacement => {
    if (!styleDefines.has(read) && !definitions.has(read)) return 'fallback';
    const value = constantValue(read, visiting);
    return value === null ? 'keep' : { value };
  };

  const rewrite = (list: readonly CssNode[]): CssNode[] =>
    list.map((node) => {
      if (node.kind === 'block') return { ...node, children: rewrite(node.children) };
      if (node.kind !== 'rule') return node;
      return {
        ...node,
        declarations: node.declarations.map((declaration) => foldDeclaration(declaration, (read) => constantOrFallback(read, new Set()))),
      };
    });
  return rewrite(rules);
}

function isRootRule(node: CssNode): node is Extract<CssNode, { kind: 'rule' }> {
  return node.kind === 'rule' && node.selectors.length === 1 && node.selectors[0]?.text.trim() === ':root';
}

const isImportant = (declaration: CssDeclaration) => declaration.text.endsWith('!important');

/** A declaration's value as written ("prop:value"), !important included. */
const valueOf = (declaration: CssDeclaration) => declaration.text.slice(declaration.prop.length + 1);

/** Top-level :root definitions of a token that a later top-level :root rule defines again: they never apply. */
function withoutOverriddenRootDefinitions(nodes: readonly CssNode[]): CssNode[] {
  const lastRule = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (!isRootRule(node)) return;
    for (const declaration of node.declarations)
      if (declaration.prop.startsWith('--') && !isImportant(declaration)) lastRule.set(declaration.prop, index);
  });
  return nodes.map((node, index) => {
    if (!isRootRule(node)) return node;
    const declarations = node.declarations.filter(
      (declaration) => !declaration.prop.startsWith('--') || isImportant(declaration) || (lastRule.get(declaration.prop) ?? index) <= index,
    );
    return { ...node, declarations };
  });
}

type Replacement = 'fallback' | 'keep' | { value: string };

function collectDefinitions(nodes: readonly CssNode[], inBlock: boolean, into: Map<string, Definition[]>): void {
  for (const node of nodes) {
    if (node.kind === 'block') collectDefinitions(node.children, true, into);
    else if (node.kind === 'rule') {
      const atRoot = !inBlock && isRootRule(node);
      for (const declaration of node.declarations) {
        if (!declaration.prop.startsWith('--')) continue;
        // !important on a token changes which definition wins: never folded.
        const list = into.get(declaration.prop) ?? [];
        list.push({ value: valueOf(declaration), atRoot: atRoot && !isImportant(declaration) });
        into.set(declaration.prop, list);
      }
    }
  }
}

function foldDeclaration(declaration: CssDeclaration, replace: (read: string) => Replacement): CssDeclaration {
  if (declaration.reads.length === 0) return declaration;
  const value = fold(valueOf(declaration), replace);
  if (value === null) return declaration;
  return { prop: declaration.prop, text: `${declaration.prop}:${value}`, reads: customPropertiesRead(value) };
}

/**
 * The value with each var() replaced as `replace` says, innermost fallbacks included; null when a var() without a
 * fallback reads a token set nowhere (the declaration is then invalid as written, and stays so).
 */
function fold(value: string, replace: (read: string) => Replacement): string | null {
  let result = '';
  let position = 0;
  for (let start = value.indexOf('var(', position); start >= 0; start = value.indexOf('var(', position)) {
    const end = closingParenthesis(value, start + 3);
    if (end < 0) return null;
    const inner = value.slice(start + 4, end);
    const comma = topLevelComma(inner);
    const read = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? null : inner.slice(comma + 1).trim();
    const replacement = replace(read);
    let written: string | null;
    if (replacement === 'keep') {
      const foldedFallback = fallback === null ? null : fold(fallback, replace);
      written = `var(${read}${fallback === null ? '' : `,${foldedFallback ?? fallback}`})`;
    } else if (replacement === 'fallback') {
      if (fallback === null) return null;
      written = fold(fallback, replace);
      if (written === null) return null;
    } else written = replacement.value;
    result += value.slice(position, start) + written;
    position = end + 1;
  }
  return result + value.slice(position);
}

function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return index;
  }
  return -1;
}

function topLevelComma(text: string): number {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) return index;
  }
  return -1;
}
