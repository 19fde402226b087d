// Filters a project's timeline by kind. The list is plain HTML from the build, complete without JavaScript; the
// filter's controls are in the page too (src/components/project/TimelineFilter.astro), hidden until this script
// runs, so no control shows that could not work. Each checkbox's value is a kind (the items' data-filter) and its
// data-count the number of items of that kind.

class TimelineFilter extends HTMLElement {
  connectedCallback(): void {
    const fieldset = this.querySelector('fieldset');
    const list = document.getElementById(this.dataset['list'] ?? '');
    const status = this.querySelector('[role="status"]');
    if (!fieldset || !list || !status) return;
    const boxes = [...fieldset.querySelectorAll('input')];
    const update = () => {
      const hidden = new Set(boxes.filter((box) => !box.checked).map((box) => box.value));
      for (const item of list.querySelectorAll<HTMLElement>('[data-filter]')) item.hidden = hidden.has(item.dataset['filter'] ?? '');
      const count = (shown: boolean) => boxes.reduce((sum, box) => sum + (shown && !box.checked ? 0 : Number(box.dataset['count'])), 0);
      status.textContent = (this.dataset['status'] ?? '').replace('{shown}', String(count(true))).replace('{total}', String(count(false)));
    };
    // The browser may have kept unchecked boxes from an earlier visit (back, reload): the list follows the boxes.
    fieldset.addEventListener('change', update);
    update();
    fieldset.hidden = false;
  }
}

customElements.define('timeline-filter', TimelineFilter);
