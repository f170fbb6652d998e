/** An IntersectionObserver for happy-dom (whose own never calls back): specs say what is on screen. */
import { act } from '@testing-library/react';

interface Recording {
  callback: IntersectionObserverCallback;
  targets: Element[];
}

/** Installs the fake; `report` tells every observer of an element whether it is on screen now. */
export function fakeIntersectionObserver() {
  const original = globalThis.IntersectionObserver;
  const observers: Recording[] = [];
  globalThis.IntersectionObserver = class {
    targets: Element[] = [];
    constructor(readonly callback: IntersectionObserverCallback) {
      observers.push(this);
    }
    observe(target: Element) {
      this.targets.push(target);
    }
    disconnect() {}
  } as never;
  return {
    observers,
    report(target: Element, isIntersecting: boolean): void {
      act(() => {
        for (const o of observers.filter((x) => x.targets.includes(target))) o.callback([{ target, isIntersecting } as unknown as IntersectionObserverEntry], o as never);
      });
    },
    restore(): void {
      globalThis.IntersectionObserver = original;
    },
  };
}
