/**
 * The app's one store (zustand), in two slices: the view (what the user chose; serialised to the
 * URL) and the data (what has been loaded and joined). Actions are plain functions below it.
 */
import { DEFAULT_LAYER_ID } from '../data/defaultLayer.ts';
import { create } from 'zustand';
import type { GmCode } from '../domain/types.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { ValidationIssue } from '../domain/validate.ts';
import type { MunicipalityTopology } from '../data/topology.ts';
import type { Lang, MessageKey } from '../i18n/messages.ts';
import type { Camera } from '../map/types.ts';
import { DEFAULT_ANALYSIS, type AnalysisView } from './analysis.ts';
import { DEFAULT_EXPLORE, DEFAULT_SESSION, type ExploreSession, type ExploreView } from './explore.ts';

/** What the user is looking at. */
export interface ViewState {
  /** The layer that fills the municipalities. */
  layerId: string;
  selected: GmCode | null;
  /** The region of the shown layer whose page is open (its id), or null. */
  region: string | null;
  lang: Lang;
  showTable: boolean;
  /** The analysis panel: tab, compared divisions, chart. */
  analysis: AnalysisView;
  /** Outlined layers, subregion borders, fill opacity, compared round. */
  explore: ExploreView;
  /** Where the map looks, once the user has moved it; null = the whole country (or the selection). */
  camera: Camera | null;
}

/** A notice for the user, written in the language of the moment it is shown (it follows a switch to English). */
export type Notice = (lang: Lang) => string;

/** What a notice is about: a new notice about the same subject replaces the old one. */
export type NoticeSubject = 'link' | 'language' | 'storage' | 'workspace' | 'search' | 'data';

/** Loading state of one layer's joined view. */
export type LayerStatus =
  | { state: 'loading' }
  /** `issues`: what the load-time content check found; a layer with issues says it cannot be trusted. */
  | { state: 'ready'; view: LayerView; topology: MunicipalityTopology; issues: readonly ValidationIssue[] }
  | { state: 'error'; message: string };

/** Loaded and joined data. */
export interface DataState {
  layerStatus: Record<string, LayerStatus>;
  /**
   * Messages for the user that are not an error of the current view (a malformed link, storage, a
   * language that failed to load), one per subject, shown together in one banner.
   */
  notices: readonly { subject: NoticeSubject; text: Notice }[];
  /** Municipalities the map draws hatched (e.g. the incongruent ones of the analysis panel). */
  markedCodes: readonly GmCode[];
  /** The "Ronde importeren" dialog: closed (null), or open for a new round or to replace one. */
  importDialog: { replaceId: string | null } | null;
  /** What the hatching means, for the legend; null = the generic words. */
  markedLegend: MessageKey | null;
  /** Municipalities the map draws dotted (e.g. the nested ones of the incongruence tab). */
  dottedCodes: readonly GmCode[];
  /** What the dots mean, for the legend. */
  dottedLegend: MessageKey | null;
  /** Presenter mode, a pending camera jump and saved views: never part of a link. */
  session: ExploreSession;
}

/** The default view: youth regions of 31 October 2013, in Dutch. */
export const DEFAULT_VIEW: ViewState = {
  layerId: DEFAULT_LAYER_ID,
  selected: null,
  region: null,
  lang: 'nl',
  showTable: false,
  analysis: DEFAULT_ANALYSIS,
  explore: DEFAULT_EXPLORE,
  camera: null,
};

/** The store. */
export const useStore = create<ViewState & DataState>()(() => ({
  ...DEFAULT_VIEW,
  layerStatus: {},
  notices: [],
  markedCodes: [],
  importDialog: null,
  markedLegend: null,
  dottedCodes: [],
  dottedLegend: null,
  session: DEFAULT_SESSION,
}));
