/** The layer a link without one opens on: the youth regions of 31 October 2013. */
export const DEFAULT_LAYER_ID = 'jeugd_2013_10';
