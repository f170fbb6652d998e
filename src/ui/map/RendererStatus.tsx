/** One line under the map: which renderer draws it and why, with the setting to choose another. */
import { setRendererPreference, useRendererStore } from '../../state/rendererState.ts';
import type { RendererPreference } from '../../map/rendererChoice.ts';
import { useT } from '../../i18n/useT.ts';

const PREFERENCES: readonly RendererPreference[] = ['auto', 'svg', 'maplibre'];

/** The renderer line and setting. */
export function RendererStatus() {
  const { t } = useT();
  const { choice, preference, fallbackError } = useRendererStore();
  if (!choice) return null;
  const reason = t(`renderer.reason.${choice.reason}`, { kind: t(`renderer.${choice.kind}`), error: fallbackError ?? '' });
  return (
    <div className="renderer-status small" data-testid="renderer-status">
      <span data-renderer={choice.kind} data-reason={choice.reason}>
        {reason}
      </span>{' '}
      <label>
        {t('map.renderer')}{' '}
        <select value={preference} onChange={(e) => setRendererPreference(e.target.value as RendererPreference)} data-testid="renderer-setting">
          {PREFERENCES.map((p) => (
            <option key={p} value={p}>
              {t(`map.renderer.${p}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
