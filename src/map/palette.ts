/**
 * Paul Tol's 'light' scheme (personal.sron.nl/~pault): nine pale colours that stay apart for the
 * common forms of colour blindness and keep dark text and outlines readable on top of them.
 */
export const REGION_PALETTE = ['#77AADD', '#EE8866', '#EEDD88', '#FFAABB', '#99DDFF', '#44BB99', '#BBCC33', '#AAAA00', '#DDDDDD'] as const;

/** Colour of a municipality that has no region in the layer (hatched by no hue alone: see legend). */
export const UNPLACED_COLOUR = '#FFFFFF';

/** The colour of a palette index; indices beyond the palette wrap around. */
export function paletteColour(index: number): string {
  return REGION_PALETTE[index % REGION_PALETTE.length];
}

/**
 * Fill of every municipality in a layer whose member lists the sources do not give (CJG 2011, youth
 * 2012): a neutral grey on which the white municipal borders stay visible (3:1 against white).
 */
export const UNKNOWN_MEMBERSHIP_COLOUR = '#949494';

/** The fill of a municipality without a region in a layer: grey when the layer's member lists are unknown, else white. */
export function unplacedColourOf(layer: { membershipStatus: string }): string {
  return layer.membershipStatus === 'unknown' ? UNKNOWN_MEMBERSHIP_COLOUR : UNPLACED_COLOUR;
}
