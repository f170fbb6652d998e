/**
 * The app's one store (zustand), in two slices: the view (what the user chose; serialised to the
 * URL) and the data (what has been loaded and joined). Actions are plain functions below it.
 */
import { create } from 'zustand';
import type { GmCode } from '../domain/types.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { MunicipalityTopology } from '../data/topology.ts';
import type { Lang } from '../i18n/messages.ts';

/** What the user is looking at. */
export interface ViewState {
  /** The layer that fills the municipalities. */
  layerId: string;
  selected: GmCode | null;
  lang: Lang;
  showTable: boolean;
}

/** Loading state of one layer's joined view. */
export type LayerStatus = { state: 'loading' } | { state: 'ready'; view: LayerView; topology: MunicipalityTopology } | { state: 'error'; message: string };

/** Loaded and joined data. */
export interface DataState {
  layerStatus: Record<string, LayerStatus>;
  /** A message for the user that is not an error of the current view (e.g. a malformed link). */
  notice: string | null;
}

/** The default view: youth regions of 31 October 2013, in Dutch. */
export const DEFAULT_VIEW: ViewState = { layerId: 'jeugd_2013_10', selected: null, lang: 'nl', showTable: false };

/** The store. */
export const useStore = create<ViewState & DataState>()(() => ({
  ...DEFAULT_VIEW,
  layerStatus: {},
  notice: null,
}));
