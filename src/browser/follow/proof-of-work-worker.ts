// One Web Worker of the proof of work (./proof-of-work.ts starts one per core): it gets the search and its share
// of the counters, and answers with the key it found, or null when its share holds none. The page stops it when
// another worker found the key first.
import { findKey, type KeySearch } from './pbkdf2-key-search.ts';

export interface SearchShare {
  search: KeySearch;
  start: number;
  step: number;
}

self.onmessage = async ({ data }: MessageEvent<SearchShare>) => {
  self.postMessage(await findKey(data.search, data.start, data.step));
};
