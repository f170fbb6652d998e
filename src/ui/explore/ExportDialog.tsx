/**
 * The export dialog: size (1920 x 1080, 1280 x 720, A4 landscape) and area (whole country or the
 * current view), a preview of exactly what will be saved, then Save as PNG or SVG. The export code
 * (layout, sceneSvg composition) is loaded when the dialog opens.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import { EXPORT_SIZES, type ExportSizeId } from '../../domain/presentation/exportLayout.ts';
import { readableDate } from '../../domain/presentation/dates.ts';
import { activeRenderer } from '../../map/activeRenderer.ts';
import { sceneFor } from '../../map/scene.ts';
import type { Camera } from '../../map/types.ts';
import { useStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { downloadBlob, downloadText } from './download.ts';
import { sourceLineFor } from './presentation.ts';
import { useExploreScene } from './useExploreScene.ts';
import { useLegend } from './useLegend.ts';
import { useShownLayers } from './useShownLayers.ts';

type Area = 'country' | 'view';

/** The current map camera adapted to a box of another size: the same centre, the same ground visible. */
function cameraForBox(width: number, height: number): Camera | undefined {
  const renderer = activeRenderer();
  const screen = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
  if (!renderer || !screen || screen.width === 0) return undefined;
  const camera = renderer.camera();
  return { center: camera.center, zoom: camera.zoom + Math.log2(Math.min(width / screen.width, height / screen.height)) };
}

/** The dialog; `onClose` returns focus to the button that opened it. */
export function ExportDialog({ view, onClose }: { view: LayerView; onClose: () => void }) {
  const { t, lang } = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [size, setSize] = useState<ExportSizeId>('1920x1080');
  const [area, setArea] = useState<Area>('country');
  const [preview, setPreview] = useState<{ svg: string; url: string } | null>(null);
  const [status, setStatus] = useState<string>('');
  const options = useExploreScene();
  const legend = useLegend(view);
  const shown = useShownLayers(view);
  const selected = useStore((s) => s.selected);
  const topology = useStore((s) => s.layerStatus[view.layer.id]);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const { width, height } = EXPORT_SIZES[size];
  useEffect(() => {
    if (topology?.state !== 'ready') return;
    let cancelled = false;
    let url = '';
    void import('./exportSvg.ts').then(({ exportSvg, canvasMeasure }) => {
      if (cancelled) return;
      const svg = exportSvg(
        {
          scene: sceneFor(view, topology.topology, selected, { ...options, labels: true }),
          width,
          height,
          title: view.layer.label[lang],
          subtitle: [t('regionCount', { n: view.regions.size }), `${t('referenceDate')}: ${readableDate(view.layer.referenceDate, lang)}`, `${t('geometryYear')}: ${view.layer.geometryYear}`].join(' · '),
          legendTitle: t('legend'),
          legend,
          source: sourceLineFor(shown, lang),
          camera: area === 'view' ? cameraForBox : undefined,
        },
        canvasMeasure(),
      );
      url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
      setPreview({ svg, url });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
    // t follows lang.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, topology, selected, options, legend, shown, lang, width, height, area]);

  const name = `regioscoop-${view.layer.id}-${size}`;
  const savePng = async () => {
    if (!preview) return;
    setStatus(t('exporting'));
    try {
      const { svgToPng } = await import('./exportSvg.ts');
      downloadBlob(await svgToPng(preview.svg, width, height), `${name}.png`);
      setStatus(t('exported'));
    } catch (error) {
      setStatus(`${t('exportFailed')}: ${(error as Error).message}`);
    }
  };
  const close = () => {
    dialog.current?.close();
    onClose();
  };
  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby={`${id}-title`} onCancel={(e) => (e.preventDefault(), close())} data-testid="export-dialog">
      <h2 id={`${id}-title`}>{t('exportTitle')}</h2>
      <div className="export-options">
        <fieldset>
          <legend>{t('exportSize')}</legend>
          {(Object.keys(EXPORT_SIZES) as ExportSizeId[]).map((s) => (
            <label key={s}>
              <input type="radio" name={`${id}-size`} value={s} checked={size === s} onChange={() => setSize(s)} data-testid={`export-size-${s}`} /> {t(`exportSize.${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('exportArea')}</legend>
          {(['country', 'view'] as const).map((a) => (
            <label key={a}>
              <input type="radio" name={`${id}-area`} value={a} checked={area === a} onChange={() => setArea(a)} /> {t(`exportArea.${a}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <figure className="export-preview">
        {preview ? <img src={preview.url} alt={t('exportPreviewAlt', { title: view.layer.label[lang] })} width={width} height={height} data-testid="export-preview" /> : <p role="status">{t('loading')}</p>}
        <figcaption className="small muted">{t('exportPreviewCaption', { width, height })}</figcaption>
      </figure>
      <div className="export-actions">
        <button type="button" disabled={!preview} onClick={() => void savePng()} data-testid="export-save-png">
          {t('exportSavePng')}
        </button>
        <button type="button" disabled={!preview} onClick={() => preview && downloadText(preview.svg, `${name}.svg`, 'image/svg+xml')} data-testid="export-save-svg">
          {t('exportSaveSvg')}
        </button>
        <button type="button" onClick={close} data-testid="export-close">
          {t('dismiss')}
        </button>
        <span role="status" className="small">
          {status}
        </span>
      </div>
    </dialog>
  );
}
