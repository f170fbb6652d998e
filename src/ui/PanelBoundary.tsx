/**
 * An error boundary around one panel (map, charts, analysis, table): an error there shows a message in
 * that panel, in the user's language, with a retry (or a reload when a lazily loaded part of the app
 * is missing after a redeploy); the rest of the app keeps working.
 */
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';

/** Whether an error is a lazily loaded chunk that could not be fetched or run (404, HTML instead of JS). */
export function isChunkError(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|module script|MIME type|ChunkLoadError|Unable to preload/i.test(`${error.name} ${error.message}`);
}

function PanelError({ error, retry, name }: { error: Error; retry: () => void; name: string }) {
  const { t } = useT();
  const chunk = isChunkError(error);
  return (
    <div className="notice panel-error" role="alert" data-testid={`panel-error-${name}`}>
      <strong>{chunk ? t('panel.chunk') : t('panel.error')}</strong>
      <p className="small">{t('panel.errorDetail', { message: error.message.slice(0, 200) })}</p>
      {chunk ? (
        <button type="button" onClick={() => window.location.reload()}>
          {t('panel.reload')}
        </button>
      ) : (
        <button type="button" onClick={retry}>
          {t('panel.retry')}
        </button>
      )}
    </div>
  );
}

interface Props {
  /** Names the panel in the message's test id. */
  name: string;
  children: ReactNode;
}

/** Catches render errors of its children and shows them in place. */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown) {
    console.warn(`[${this.props.name}]`, error);
  }

  render() {
    if (this.state.error) return <PanelError error={this.state.error} name={this.props.name} retry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
