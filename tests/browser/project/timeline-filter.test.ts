// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';

// The timeline's filter as its script makes it, in a DOM without a browser: the kinds the list has, in the fixed
// order, in the page's language, each with its number of items. A resident's use of it in a browser, and the page
// without JavaScript, are proven in tests/e2e/project-stories.spec.ts.

beforeAll(async () => {
  await import('../../../src/browser/project/timeline-filter.ts');
});

afterEach(() => {
  document.body.replaceChildren();
});

function timeline(lang: string, kinds: string[]): HTMLElement {
  document.documentElement.lang = lang;
  document.body.innerHTML =
    '<timeline-filter data-list="items"></timeline-filter>' +
    `<ol id="items">${kinds.map((kind, index) => `<li data-filter="${kind}">${kind} ${index}</li>`).join('')}</ol>`;
  return document.querySelector('timeline-filter') as HTMLElement;
}

const labels = (filter: HTMLElement) => [...filter.querySelectorAll('label')].map((label) => label.textContent?.trim());

describe('the timeline filter', () => {
  it('offers the kinds the timeline has, in the fixed order, with their counts, in English on an English page', () => {
    const filter = timeline('en', ['promise', 'phase', 'decision', 'phase', 'promise', 'promise']);
    expect(filter.querySelector('legend')?.textContent).toBe(en.project.filterLegend);
    expect(labels(filter)).toEqual([
      `${en.project.timelineKind.phase} (2)`,
      `${en.project.timelineKind.decision} (1)`,
      `${en.project.timelineKind.promise} (3)`,
    ]);
    const boxes = [...filter.querySelectorAll('input')];
    expect(boxes.map((box) => [box.type, box.value, box.checked, box.className])).toEqual(
      ['phase', 'decision', 'promise'].map((kind) => ['checkbox', kind, true, 'utrecht-checkbox utrecht-checkbox--html-input']),
    );
    expect(filter.querySelector('[role="status"]')?.textContent).toBe(en.project.filterStatus(6, 6));
  });

  it('hides the items of a kind whose box is unchecked and says how many show, in Dutch on a Dutch page', () => {
    const filter = timeline('nl', ['phase', 'promise', 'update', 'promise']);
    expect(labels(filter)).toEqual([
      `${nl.project.timelineKind.phase} (1)`,
      `${nl.project.timelineKind.promise} (2)`,
      `${nl.project.timelineKind.update} (1)`,
    ]);
    const promises = filter.querySelector<HTMLInputElement>('input[value="promise"]') as HTMLInputElement;
    promises.click();
    const hidden = [...document.querySelectorAll<HTMLElement>('#items > li')]
      .filter((item) => item.hidden)
      .map((item) => item.dataset['filter']);
    expect(hidden).toEqual(['promise', 'promise']);
    expect(filter.querySelector('[role="status"]')?.textContent).toBe(nl.project.filterStatus(2, 4));
    promises.click();
    expect(document.querySelectorAll('#items > li[hidden]')).toHaveLength(0);
  });

  it('is made once, also when its element is moved', () => {
    const filter = timeline('nl', ['phase', 'decision']);
    document.body.append(filter);
    expect(filter.querySelectorAll('fieldset')).toHaveLength(1);
  });
});
