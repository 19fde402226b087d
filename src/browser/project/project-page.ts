// The project page's scripts, as one module that ProjectPage.astro loads: one script element and one request for
// the page, rather than one of each per part (the script elements are bytes of the page's first round trip).
// Each part finds its own element; a page without one (a timeline of one kind has no filter) leaves it unused.
import './freshness-notice.ts';
import './timeline-filter.ts';
import './print-details.ts';
