// Printing turns the project page into a participation report, so every folded <details> (promise histories, phase
// details) opens for print and closes again after. CSS alone cannot open <details> in every browser.
const opened: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details:not([open])')) {
    (details as HTMLDetailsElement).open = true;
    opened.push(details as HTMLDetailsElement);
  }
});
window.addEventListener('afterprint', () => {
  for (const details of opened.splice(0)) details.open = false;
});
