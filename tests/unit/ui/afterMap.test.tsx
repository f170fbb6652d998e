// @vitest-environment happy-dom
/**
 * What lies below the map mounts only after the map has drawn, and then when the user comes near
 * it (intersection) or at an idle moment a few seconds later; never while the first map appears.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AfterMap } from '../../../src/ui/AfterMap.tsx';
import { useRendererStore } from '../../../src/state/rendererState.ts';
import { fakeIntersectionObserver } from './fakeIntersectionObserver.ts';

let io: ReturnType<typeof fakeIntersectionObserver>;

function comesIntoView(): void {
  io.report(document.querySelector('.after-map-placeholder')!, true);
}

const below = () => screen.queryByText('analysis below the map');

describe('the area below the map', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    io = fakeIntersectionObserver();
    vi.stubGlobal('requestIdleCallback', undefined);
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    useRendererStore.setState({ drawn: false });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    io.restore();
  });

  it('waits for the map, then mounts as soon as it comes near the screen', () => {
    render(<AfterMap>analysis below the map</AfterMap>);
    act(() => vi.advanceTimersByTime(1000));
    expect(below()).toBeNull();
    expect(io.observers).toHaveLength(0);
    act(() => useRendererStore.setState({ drawn: true }));
    act(() => vi.advanceTimersByTime(1000));
    expect(below()).toBeNull();
    comesIntoView();
    act(() => vi.advanceTimersByTime(1));
    expect(below()).not.toBeNull();
  });

  it('mounts at an idle moment some seconds after the map has drawn when the user does not scroll', () => {
    useRendererStore.setState({ drawn: true });
    render(<AfterMap>analysis below the map</AfterMap>);
    act(() => vi.advanceTimersByTime(2000));
    expect(below()).toBeNull();
    act(() => vi.advanceTimersByTime(1000));
    expect(below()).not.toBeNull();
  });

  it('mounts after a longer wait when the map never draws (a failed map does not hide the analysis)', () => {
    render(<AfterMap>analysis below the map</AfterMap>);
    act(() => vi.advanceTimersByTime(3900));
    expect(below()).toBeNull();
    act(() => vi.advanceTimersByTime(200));
    expect(below()).not.toBeNull();
  });

  it('mounts the foot of the side panel at the first idle moment after the map, with nothing in its place before', () => {
    render(
      <AfterMap idleAfterMs={0} placeholder={false}>
        saved views
      </AfterMap>,
    );
    expect(document.querySelector('.after-map-placeholder')).toBeNull();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByText('saved views')).toBeNull();
    act(() => useRendererStore.setState({ drawn: true }));
    expect(screen.queryByText('saved views')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText('saved views')).not.toBeNull();
  });
});
