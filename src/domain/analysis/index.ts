/** The analysis engine: every figure the app shows about divisions, rounds and their differences. */
export * from './types.ts';
export { indexLayer } from './layerIndex.ts';
export * from './overlap.ts';
export * from './incongruence.ts';
export * from './classification.ts';
export * from './agreement.ts';
export * from './changes.ts';
export * from './subregions.ts';
export * from './sanity.ts';
export * from './adjacency.ts';
