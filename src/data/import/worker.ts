/// <reference lib="webworker" />
/** The import's file reader off the main thread: bytes in, grid or rejection out. */
import { readImportFile } from './readFile.ts';

self.onmessage = async (event: MessageEvent<{ bytes: ArrayBuffer; fileName: string }>) => {
  const result = await readImportFile(new Uint8Array(event.data.bytes), event.data.fileName);
  self.postMessage(result);
};
