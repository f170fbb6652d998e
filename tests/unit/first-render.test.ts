/** The first render waits for the chosen layer: chosenLayerSettled resolves once it has loaded or failed. */
import { afterEach, describe, expect, it } from 'vitest';
import { chosenLayerSettled } from '../../src/state/actions.ts';
import { useStore } from '../../src/state/store.ts';

const initial = useStore.getState();
afterEach(() => useStore.setState(initial, true));

async function settledAfter(change: () => void): Promise<boolean> {
  let settled = false;
  const done = chosenLayerSettled().then(() => (settled = true));
  await Promise.resolve();
  const before = settled;
  change();
  await done;
  return !before && settled;
}

describe('waiting for the chosen layer before the first render', () => {
  it('resolves when the layer is ready, and when it failed (the page then shows the error)', async () => {
    useStore.setState({ layerId: 'jeugd_2013_10', layerStatus: { jeugd_2013_10: { state: 'loading' } } });
    expect(await settledAfter(() => useStore.setState({ layerStatus: { jeugd_2013_10: { state: 'error', message: 'HTTP 404' } } }))).toBe(true);
  });

  it('does not wait for a layer nobody loads (an imported round not known yet)', async () => {
    useStore.setState({ layerId: 'imported-x', layerStatus: {} });
    await expect(chosenLayerSettled()).resolves.toBeUndefined();
  });
});
