import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';

// DOMPurify needs a DOM. In Node that is one jsdom window per process, made on first use: a build renders
// thousands of updates and a window costs a few megabytes and tens of milliseconds to create. Only server code
// (the build, feeds, e-mails) imports this file; the browser passes its own window's DOMPurify.

let purifier: DOMPurify | undefined;

/** The process's DOMPurify instance on a jsdom window, for renderMarkdown in Node. */
export function serverPurifier(): DOMPurify {
  purifier ??= createDOMPurify(new JSDOM('<!doctype html><html><body></body></html>').window as unknown as WindowLike);
  return purifier;
}
