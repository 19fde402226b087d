// The one filler of `{name}` placeholders in texts that travel as data: the workspace's words, and the count of a
// list filter, which the page hands to its script in data attributes. A module of its own with no imports, so a
// browser script that fills a text gets only this. Texts that stay code are functions instead (`(count) => …`).

/**
 * Fills `{name}` placeholders with the values given; a placeholder without a value stays as it is.
 *
 * @example
 * fill('{shown} van {total} zichtbaar', { shown: 2, total: 4 }) // => '2 van 4 zichtbaar'
 * fill('Nog {count} tekens', {}) // => 'Nog {count} tekens'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
