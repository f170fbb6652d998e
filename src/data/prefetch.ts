/**
 * Requests started before the app's code has loaded (by src/boot.ts), handed to the loader when it
 * asks for the same URL. Each is taken once: a retry after a failure fetches again.
 */

interface Early {
  response: Promise<Response>;
  controller: AbortController;
}

const early = new Map<string, Early>();

/** Starts fetching a URL now, for a later fetchText of the same URL. */
export function prefetch(url: string): void {
  if (early.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { signal: controller.signal });
  // Nobody may take it (a link that the app then reads otherwise): never an unhandled rejection.
  response.catch(() => {});
  early.set(url, { response, controller });
}

/** The early request for a URL, if one was started and not taken yet; aborting `signal` aborts it. */
export function takePrefetched(url: string, signal: AbortSignal): Promise<Response> | undefined {
  const entry = early.get(url);
  if (!entry) return undefined;
  early.delete(url);
  signal.addEventListener('abort', () => entry.controller.abort(), { once: true });
  return entry.response;
}
