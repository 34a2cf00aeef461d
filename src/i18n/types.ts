// The shape every catalogue shares: Spanish (and any later language) must have exactly the keys
// English has, so a missing translation is a type error, not a blank on screen.

/** Same keys as T, every leaf a string (plural forms are separate keys: `x_one`, `x_other`). */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
