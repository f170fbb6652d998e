/**
 * The keyed cache of the data-access layer and the one way a data file is fetched: with a
 * timeout, and never caching a failure. A load that rejects (network, HTTP status, timeout, a
 * truncated or HTML response that fails its parser) is dropped from the cache at once, so the next
 * request - a retry - fetches again.
 */

import { takePrefetched } from './prefetch.ts';

/** Why a load failed: the UI words each kind in the user's language and offers a retry. */
export type LoadErrorKind = 'missing' | 'http' | 'timeout' | 'malformed' | 'network';

/** A file the app needs that could not be loaded, with what went wrong. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly kind: LoadErrorKind = 'network',
    /** The file, e.g. `data/memberships/jeugd_2013_10.csv`. */
    readonly what: string = '',
  ) {
    super(message);
  }
}

/** How long a data request may take before it fails with a timeout (the files are 20-300 KB). */
export const LOAD_TIMEOUT_MS = 20_000;

/** A cache of promises by key; a rejected promise is removed, never served again. */
export class KeyedCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  /** The cached value for `key`, loading it once; concurrent callers share one load. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) return cached as Promise<T>;
    const promise = load();
    this.entries.set(key, promise);
    promise.catch(() => {
      if (this.entries.get(key) === promise) this.entries.delete(key);
    });
    return promise;
  }

  /** Forgets a key (an imported layer that was replaced or deleted). */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** True when a load for the key is cached (pending or done). */
  has(key: string): boolean {
    return this.entries.has(key);
  }
}

/**
 * Fetches a text with a timeout. An HTML answer where data was asked for (a dev server's or a
 * proxy's fallback page) is malformed, not data.
 */
export async function fetchText(url: string, what: string, timeoutMs = LOAD_TIMEOUT_MS): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await (takePrefetched(url, controller.signal) ?? fetch(url, { signal: controller.signal }));
    } catch (error) {
      if (controller.signal.aborted) throw new LoadError(`${what}: no answer within ${timeoutMs / 1000} s`, 'timeout', what);
      throw new LoadError(`${what}: ${(error as Error).message}`, 'network', what);
    }
    if (!response.ok) throw new LoadError(`${what}: HTTP ${response.status}`, 'http', what);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) throw new LoadError(`${what}: no answer within ${timeoutMs / 1000} s`, 'timeout', what);
      throw new LoadError(`${what}: ${(error as Error).message}`, 'network', what);
    }
    if (/^\s*<(!doctype|html)/i.test(text)) throw new LoadError(`${what}: the server sent an HTML page instead of the file`, 'malformed', what);
    return text;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a parser on a loaded text; a parse error becomes a `malformed` LoadError (and is not cached). */
export function parseOrReject<T>(text: string, what: string, parse: (text: string) => T): T {
  try {
    return parse(text);
  } catch (error) {
    throw new LoadError((error as Error).message, 'malformed', what);
  }
}
