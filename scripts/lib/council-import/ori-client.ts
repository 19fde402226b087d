// Reading documents from Open Raadsinformatie (ORI). Its public API is a read-only proxy to Elasticsearch 7 at
// https://api.openraadsinformatie.nl/v1/elastic/, with one index per municipality (ori_<name>_<YYYYmmddHHMMSS>).
// Every document is fetched by its id with the request ORI documents itself:
//   GET <base><index pattern>/_search?q=_id:<id>
// and the answer is Elasticsearch's envelope {took, hits: {total, hits: [{_index, _id, _source}]}}, whose _source is
// the document as JSON-LD (@type, @id, snake_case fields, relations as ids). The envelope is checked here; what a
// document must hold is checked by its reader (ori-documents.ts).
import { z } from 'zod';
import { describeIssue } from '../../../src/lib/api/call-api.ts';

export const DEFAULT_ORI_BASE_URL = 'https://api.openraadsinformatie.nl/v1/elastic/';
/** Every municipality's index; ORI's ids are unique across them. `ori_<municipality>_*` narrows it to one. */
export const DEFAULT_ORI_INDEX = 'ori_*';

/** Ids as ORI hands them out (short numeric strings), and as the portal stores them (council_moments.source_id). */
export const ORI_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;

/** Anything that went wrong reading ORI: the message says which document and what, in a form to show as is. */
export class OriError extends Error {
  override readonly name = 'OriError';
}

export interface OriDocument {
  id: string;
  /** The index it came from, e.g. ori_testdam_20261201040512. */
  index: string;
  /** The JSON-LD class: AgendaItem, Meeting, Organization, Motion, VoteEvent, YesCount, ... */
  type: string;
  source: Record<string, unknown>;
}

export interface OriClient {
  readonly baseUrl: string;
  /** The document with this id, or null when ORI has none. Each id is asked once per client. */
  document(id: string): Promise<OriDocument | null>;
}

export interface OriClientOptions {
  baseUrl?: string;
  index?: string;
  /** Give up on a request after this long (default 30 s). */
  timeoutMs?: number;
  /** Requests at the same time (default 4): ORI is a public service shared by everyone. */
  concurrency?: number;
  fetch?: typeof fetch;
}

const envelopeSchema = z.object({
  hits: z.object({
    hits: z.array(
      z.object({
        _index: z.string().min(1),
        _id: z.string().min(1),
        _source: z.record(z.string(), z.unknown()),
      }),
    ),
  }),
});

export function createOriClient(options: OriClientOptions = {}): OriClient {
  const baseUrl = withSlash(options.baseUrl ?? DEFAULT_ORI_BASE_URL);
  const index = options.index ?? DEFAULT_ORI_INDEX;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? fetch;
  const limit = limiter(options.concurrency ?? 4);
  const cache = new Map<string, Promise<OriDocument | null>>();

  async function load(id: string): Promise<OriDocument | null> {
    const url = `${baseUrl}${index}/_search?q=${encodeURIComponent(`_id:${id}`)}`;
    let status: number;
    let text: string;
    try {
      const response = await doFetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      status = response.status;
      text = await response.text();
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new OriError(`ORI did not answer within ${seconds(timeoutMs)} for document ${id}.`);
      }
      throw new OriError(`Could not reach ORI at ${baseUrl} for document ${id}: ${causeOf(error)}.`);
    }
    if (status < 200 || status > 299) {
      throw new OriError(`ORI answered HTTP ${status} for document ${id}${elasticReason(text)}.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new OriError(`ORI's answer for document ${id} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) {
      const issue = envelope.error.issues[0];
      throw new OriError(
        `ORI's answer for document ${id} is not a search result: ${issue ? describeIssue(json, issue) : 'unexpected shape'}.`,
      );
    }
    // q=_id:<id> can only match that id; should the pattern cover two versions of a municipality's index (a new
    // one being filled while the old one still answers), the newest index wins: its name ends in when it was made.
    const hits = envelope.data.hits.hits.filter((hit) => hit._id === id).sort((a, b) => b._index.localeCompare(a._index));
    const hit = hits[0];
    if (!hit) return null;
    const type = hit._source['@type'];
    if (typeof type !== 'string' || type === '') {
      throw new OriError(`Document ${id} in ORI has no @type.`);
    }
    const sourceId = hit._source['@id'];
    if (sourceId !== undefined && String(sourceId) !== id) {
      throw new OriError(`Document ${id} in ORI says it is document ${JSON.stringify(sourceId)}.`);
    }
    return { id, index: hit._index, type, source: hit._source };
  }

  return {
    baseUrl,
    document(id: string) {
      if (!ORI_ID_PATTERN.test(id)) return Promise.reject(new OriError(`${JSON.stringify(id)} is not an id of ORI.`));
      let pending = cache.get(id);
      if (!pending) {
        pending = limit(() => load(id));
        cache.set(id, pending);
      }
      return pending;
    },
  };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error.message;
}

/** Elasticsearch's own reason in an error answer ({"error": {"root_cause": [{"reason": ...}]}}), when it has one. */
function elasticReason(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { reason?: unknown; root_cause?: Array<{ reason?: unknown }> } };
    const reason = body.error?.root_cause?.[0]?.reason ?? body.error?.reason;
    if (typeof reason === 'string' && reason.trim()) return `: ${reason.trim().slice(0, 200)}`;
  } catch {
    // Not JSON: the status says enough.
  }
  return '';
}

/** Runs at most `max` of the given tasks at a time. */
function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    // A finished task hands its place to the next waiting one directly, so no newcomer slips in between.
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
