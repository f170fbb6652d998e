/**
 * Search a municipality or a region of the shown layer as people type: CBS name or code, the other
 * names of data/search_aliases.csv, small typos tolerated (an ARIA 1.2 combobox). A region opens
 * through its largest member; no match says so.
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { loadSearchAliases } from '../../data/repository.ts';
import type { LayerView } from '../../domain/layerView.ts';
import { selectMunicipality, setNotice } from '../../state/actions.ts';
import { translate } from '../../i18n/messages.ts';
import { useT } from '../../i18n/useT.ts';
import { regionEntries, searchPlaces, type AliasEntry, type SearchHit, type SearchIndex } from './search.ts';

const indexCache = new WeakMap<LayerView, WeakMap<readonly AliasEntry[], SearchIndex>>();
const NO_ALIASES: readonly AliasEntry[] = [];

/** The other names, loaded once; without them the search still finds CBS names (and says why in a notice). */
function useAliases(): readonly AliasEntry[] {
  const [aliases, setAliases] = useState<readonly AliasEntry[]>(NO_ALIASES);
  useEffect(() => {
    let live = true;
    loadSearchAliases().then(
      (list) => live && setAliases(list),
      (error: Error) => live && setNotice('search', (lang) => translate(lang, 'aliasesLoadFailed', { reason: error.message })),
    );
    return () => {
      live = false;
    };
  }, []);
  return aliases;
}

function searchIndex(view: LayerView, aliases: readonly AliasEntry[]): SearchIndex {
  let inner = indexCache.get(view);
  if (!inner) indexCache.set(view, (inner = new WeakMap()));
  let index = inner.get(aliases);
  if (!index) {
    const regions = [...view.regions.values()].map((r) => ({ id: r.id, name: r.name, members: r.members.filter((m) => m.primary).map((m) => m.code) }));
    index = { municipalities: [...view.municipalityName].map(([code, name]) => ({ code, name })), aliases, regions: regionEntries(regions, view.population) };
    inner.set(aliases, index);
  }
  return index;
}

/** An input with a list of matches; arrows move, Enter chooses, Escape closes (or clears). */
export function MunicipalitySearch({ view }: { view: LayerView }) {
  const { t } = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const aliases = useAliases();
  const index = useMemo(() => searchIndex(view, aliases), [view, aliases]);
  const matches = useMemo(() => searchPlaces(index, query), [index, query]);
  const expanded = open && matches.length > 0;
  const nothing = query.trim() !== '' && matches.length === 0;

  const choose = (hit: SearchHit) => {
    setQuery(hit.name);
    setOpen(false);
    if (hit.kind === 'municipality') {
      setChosen(t('searchChosen', { name: hit.name }));
      selectMunicipality(hit.code);
    } else {
      setChosen(t('searchRegionChosen', { region: hit.name, name: view.municipalityName.get(hit.focus) ?? hit.focus }));
      selectMunicipality(hit.focus);
    }
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
              key={m.kind === 'municipality' ? m.code : `region-${m.regionId}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              data-kind={m.kind}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(m)}
            >
              {m.name}{' '}
              <span className="muted">
                {m.kind === 'municipality' ? (m.via ? t('searchVia', { alias: m.via, code: m.code }) : m.code) : t('searchRegion', { n: m.members })}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('searchHint')}
      </span>
      <span className={nothing ? 'search-none' : 'visually-hidden'} role="status" data-testid="search-status">
        {nothing ? t('searchNone', { query: query.trim() }) : (chosen ?? '')}
      </span>
    </div>
  );
}
