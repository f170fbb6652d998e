/**
 * Reads an imported file in a Web Worker, so that a 5 MB file never freezes the page; where no
 * worker can start (old browser, test environment) it reads on the main thread instead. The worker
 * (and the xlsx reader inside it) is loaded only when an import starts.
 */
import type { GridResult } from './grid.ts';

/** Reads a picked or dropped file into a grid, off the main thread where possible. */
export async function readInWorker(file: Blob & { name: string }): Promise<GridResult> {
  const bytes = await file.arrayBuffer();
  if (typeof Worker === 'undefined') {
    const { readImportFile } = await import('./readFile.ts');
    return readImportFile(new Uint8Array(bytes), file.name);
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const done = (result: GridResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<GridResult>) => done(event.data);
    worker.onerror = (event) => done({ ok: false, rejection: { reason: 'malformed', row: 1, detail: event.message || 'worker failed' } });
    worker.postMessage({ bytes, fileName: file.name }, [bytes]);
  });
}
