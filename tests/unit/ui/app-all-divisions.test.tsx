// @vitest-environment happy-dom
/**
 * The export of all divisions per municipality in the whole App: its files are loaded when it is
 * asked for, not with the page. A file of its own, so that no other spec has filled the data cache.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent } from '@testing-library/react';
import { renderApp, screen, setUpAppHarness, waitFor, waitForScene } from './renderApp.tsx';

setUpAppHarness();

const LONG = { timeout: 20_000 };

describe('the export of all divisions per municipality', () => {
  it('loads the year\'s divisions only when asked, then saves one row per municipality with a column pair per division', async () => {
    const fetched: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL) => {
      fetched.push(String(input));
      return realFetch(input);
    }) as typeof fetch;
    const saved: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:regioscoop-test';
    };
    try {
      await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
      await waitForScene((s) => s.fillColour.size > 0);
      const button = await screen.findByTestId('csv-semicolon-alle-indelingen-2013', {}, LONG);
      expect(fetched.some((u) => /ggd_2013/.test(u))).toBe(false);
      fireEvent.click(button);
      await waitFor(() => expect(saved).toHaveLength(1), LONG);
      expect(fetched.some((u) => /ggd_2013/.test(u))).toBe(true);
      const lines = (await saved[0].text()).split(/\r?\n/).filter(Boolean);
      const header = lines.find((l) => l.startsWith('CBS-code;'))!;
      expect(header.split(';').length).toBeGreaterThan(20);
      expect(lines.slice(lines.indexOf(header) + 1)).toHaveLength(408);
    } finally {
      globalThis.fetch = realFetch;
      URL.createObjectURL = createObjectURL;
    }
  });
});
