/** The texts of one language for the keys of a Dutch message table: every key, a string each. */
export type Texts<T> = { readonly [K in keyof T]: string };
