import { useStore } from '../state/store.ts';
import { formatNumber, translate, type MessageKey } from './messages.ts';

/** The translate and number-format functions for the current interface language. */
export function useT() {
  const lang = useStore((s) => s.lang);
  return {
    lang,
    t: (key: MessageKey, values?: Record<string, string | number>) => translate(lang, key, values),
    n: (value: number) => formatNumber(lang, value),
  };
}
