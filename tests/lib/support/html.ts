// Small helpers to inspect built HTML without a browser. They rely on one property of Astro's output: attribute
// values are always double-quoted with every `"` inside escaped, so `="..."` spans exactly one value.

const attributeValue = /="[^"]*"/g;

/** The markup of a page with every attribute value emptied, so only real elements and attributes remain. */
export function markupWithoutAttributeValues(html: string): string {
  return html.replace(attributeValue, '=""');
}

/**
 * Every start tag of a page, attribute values emptied. Text never contains a raw `<` (Astro escapes it), so
 * each match is a real element.
 */
export function elementTags(html: string): string[] {
  return markupWithoutAttributeValues(html).match(/<[a-z][^>]*>/gi) ?? [];
}

/** The text a reader sees (roughly): tags removed and entities decoded. */
export function visibleText(html: string): string {
  return decodeEntities(
    markupWithoutAttributeValues(html)
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]*>/g, ' '),
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Script elements that did not come from our own build: a script loaded from anywhere but the build's /_astro/
 * folder, or one whose code carries the hostile fixture's payload (every payload calls alert()). Scripts the
 * templates and Astro write (the pages' module scripts, the workspace's island loader) pass.
 */
export function foreignScripts(html: string): string[] {
  // Attribute values may hold any escaped text (a meta description, say), so empty all but a script's own src.
  const markup = html.replace(attributeValue, (value) => (/^="\/_astro\/[\w.-]+\.js"$/.test(value) ? value : '=""'));
  const scripts = markup.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
  return scripts.filter((script) => {
    const [, attributes = '', body = ''] = /^<script\b([^>]*)>([\s\S]*)<\/script>$/i.exec(script) ?? [];
    const loadsElsewhere = /\ssrc=""/.test(attributes);
    return loadsElsewhere || /alert\(/.test(body);
  });
}
