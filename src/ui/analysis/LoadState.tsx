/** Shows a loader's result, or a status line while loading, or the error. */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { Loaded } from '../../state/useLoad.ts';
// The Dutch texts of the analysis keys come with this chunk.
import '../../i18n/messages.analysisTexts.ts';

/** Renders `children(value)` once loaded. */
export function LoadState<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => ReactNode }) {
  const { t } = useT();
  if (loaded.state === 'loading') return <p role="status">{t('analysis.loading')}</p>;
  if (loaded.state === 'error') {
    return (
      <p role="alert" className="notice">
        {t('analysis.error', { message: loaded.message })}{' '}
        <button type="button" onClick={loaded.retry}>
          {t('retry')}
        </button>
      </p>
    );
  }
  return <>{children(loaded.value)}</>;
}
