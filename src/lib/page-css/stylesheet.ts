import postcss, { type AtRule, type ChildNode, type Declaration, type Rule } from 'postcss';

// A stylesheet parsed once into what page-by-page pruning needs (prune-css.ts): for each rule, what an element
// must have for each selector to match; for each declaration, the custom properties it reads. A site build
// prunes the same few stylesheets for thousands of pages, so parsing happens once per stylesheet.

/** What a page must contain for one selector to possibly match: every class, id and element name in it. */
export interface SelectorNeeds {
  text: string;
  classes: string[];
  ids: string[];
  tags: string[];
}

export interface CssDeclaration {
  /** The property; custom properties start with "--". */
  prop: string;
  /** The declaration as written in the output: "prop:value" with !important where given. */
  text: string;
  /** The custom properties the value reads with var(). */
  reads: string[];
}

export type CssNode =
  | { kind: 'rule'; selectors: SelectorNeeds[]; declarations: CssDeclaration[] }
  | { kind: 'block'; prelude: string; children: CssNode[] }
  | { kind: 'verbatim'; text: string };

/** Parses a stylesheet (as Vite and Astro write it: minified, no nesting). Comments and @charset are left out. */
export function parseStylesheet(css: string): CssNode[] {
  return toNodes(postcss.parse(css).nodes);
}

function toNodes(nodes: ChildNode[]): CssNode[] {
  const result: CssNode[] = [];
  for (const node of nodes) {
    if (node.type === 'rule') result.push(ruleNode(node));
    else if (node.type === 'atrule') {
      const atRule = atRuleNode(node);
      if (atRule) result.push(atRule);
    }
    // Comments (licence banners of the packages) are not needed in the page: the sources keep them.
  }
  return result;
}

function ruleNode(rule: Rule): CssNode {
  const declarations = (rule.nodes ?? []).filter((node): node is Declaration => node.type === 'decl').map(declaration);
  return { kind: 'rule', selectors: rule.selectors.map(selectorNeeds), declarations };
}

// Rules inside these at-rules are pruned like any other; the rest (@font-face, @keyframes, @layer a, b;) is kept.
const conditional = new Set(['media', 'supports', 'layer', 'container']);

function atRuleNode(atRule: AtRule): CssNode | null {
  if (atRule.name === 'charset') return null;
  if (conditional.has(atRule.name) && atRule.nodes) {
    return { kind: 'block', prelude: `@${atRule.name}${atRule.params ? ` ${atRule.params}` : ''}`, children: toNodes(atRule.nodes) };
  }
  return { kind: 'verbatim', text: atRule.toString() };
}

function declaration(node: Declaration): CssDeclaration {
  return {
    prop: node.prop,
    text: `${node.prop}:${node.value}${node.important ? '!important' : ''}`,
    reads: customPropertiesRead(node.value),
  };
}

/** The custom properties a CSS text reads with var(), fallbacks included. */
export function customPropertiesRead(text: string): string[] {
  return [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] as string);
}

/**
 * The classes, ids and element names a selector needs. Only what must be present is counted: functional
 * pseudo-classes (:not(.x), :is(h1, h2), :where(...)) and attribute selectors are left out, so a selector is
 * only ever kept too often, never dropped while it could match.
 */
export function selectorNeeds(selector: string): SelectorNeeds {
  let simple = selector.replace(/\[[^\]]*\]/g, '');
  for (let previous = ''; previous !== simple;) {
    previous = simple;
    simple = simple.replace(/::?[\w-]+\([^()]*\)/g, '');
  }
  simple = simple.replace(/::?[\w-]+/g, '');
  const classes = [...simple.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] as string);
  const ids = [...simple.matchAll(/#(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] as string);
  const tags = simple
    .split(/[\s>+~]+/)
    .map((compound) => /^([a-zA-Z][\w-]*)/.exec(compound)?.[1]?.toLowerCase())
    .filter((tag): tag is string => tag !== undefined);
  return { text: selector, classes, ids, tags };
}
