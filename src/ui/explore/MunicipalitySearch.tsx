/** Search a municipality by name (accents and case ignored) or CBS code: an ARIA 1.2 combobox. */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import type { GmCode } from '../../domain/types.ts';
import { selectMunicipality } from '../../state/actions.ts';
import { useT } from '../../i18n/useT.ts';
import { searchMunicipalities, type SearchEntry } from './search.ts';

const entriesCache = new WeakMap<LayerView, SearchEntry[]>();

/** An input with a list of matches; arrows move, Enter chooses, Escape closes (or clears). */
export function MunicipalitySearch({ view }: { view: LayerView }) {
  const { t } = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const entries = useMemo(() => {
    let list = entriesCache.get(view);
    if (!list) entriesCache.set(view, (list = [...view.municipalityName].map(([code, name]) => ({ code, name }))));
    return list;
  }, [view]);
  const matches = useMemo(() => searchMunicipalities(entries, query), [entries, query]);
  const expanded = open && matches.length > 0;

  const choose = (entry: SearchEntry) => {
    setQuery(entry.name);
    setOpen(false);
    setChosen(t('searchChosen', { name: entry.name }));
    selectMunicipality(entry.code as GmCode);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + matches.length) % matches.length);
    } else if (e.key === 'Enter') {
      if (expanded) {
        e.preventDefault();
        choose(matches[Math.min(active, matches.length - 1)]);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="search" data-testid="search">
      <label htmlFor={id}>{t('searchLabel')}</label>
      <div className="search-box">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          value={query}
          placeholder={t('searchPlaceholder')}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          data-testid="search-input"
        />
        <ul id={`${id}-list`} role="listbox" aria-label={t('searchResults')} className="search-list" hidden={!expanded}>
          {matches.map((m, i) => (
            <li
              key={m.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(m)}
            >
              {m.name} <span className="muted">{m.code}</span>
            </li>
          ))}
        </ul>
      </div>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('searchHint')}
      </span>
      <span className="visually-hidden" role="status">
        {open && query && matches.length === 0 ? t('searchNone') : chosen ?? ''}
      </span>
    </div>
  );
}
