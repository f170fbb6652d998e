import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer, preferenceFromSearch } from '../../../src/map/rendererChoice.ts';

describe('choosing the map renderer', () => {
  it('draws with MapLibre only when a hardware WebGL context was found', () => {
    expect(chooseRenderer('hardware', 'auto', null)).toEqual({ kind: 'maplibre', reason: 'gpu' });
    expect(chooseRenderer('software', 'auto', null)).toEqual({ kind: 'svg', reason: 'no-gpu' });
    expect(chooseRenderer('none', 'auto', null)).toEqual({ kind: 'svg', reason: 'no-webgl' });
  });

  it('follows the user setting, and the address over the setting', () => {
    expect(chooseRenderer('hardware', 'svg', null)).toEqual({ kind: 'svg', reason: 'setting' });
    expect(chooseRenderer('software', 'maplibre', null)).toEqual({ kind: 'maplibre', reason: 'setting' });
    expect(chooseRenderer('hardware', 'maplibre', 'svg')).toEqual({ kind: 'svg', reason: 'address' });
    expect(chooseRenderer('software', 'svg', 'auto')).toEqual({ kind: 'svg', reason: 'setting' });
  });

  it('never asks for MapLibre where WebGL is missing altogether, whatever was asked', () => {
    expect(chooseRenderer('none', 'maplibre', null)).toEqual({ kind: 'svg', reason: 'no-webgl' });
    expect(chooseRenderer('none', 'auto', 'maplibre')).toEqual({ kind: 'svg', reason: 'no-webgl' });
  });

  it('reads renderer= from the address for support desks and ignores other values', () => {
    expect(preferenceFromSearch('?renderer=svg')).toBe('svg');
    expect(preferenceFromSearch('?renderer=maplibre')).toBe('maplibre');
    expect(preferenceFromSearch('?renderer=webgl')).toBe('maplibre');
    expect(preferenceFromSearch('?renderer=<script>')).toBeNull();
    expect(preferenceFromSearch('')).toBeNull();
  });

  it('recognises software WebGL by its renderer name (SwiftShader, llvmpipe, WARP)', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
  });
});
