import { describe, expect, it } from 'vitest';
import { OVERLAY_LINES } from '../../src/map/lineStyles.ts';
import { MAX_OVERLAYS } from '../../src/state/explore.ts';

describe('the state and the map agree without the state importing the map', () => {
  it('the state allows as many outlines at once as the map has line styles for them', () => {
    expect(OVERLAY_LINES).toHaveLength(MAX_OVERLAYS);
  });
});
