import type { zh } from "./zh";

/** Replaces every string literal type in `T` by `string`, keeping the shape. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's dictionary must have: the keys of the Chinese one. */
export type Dict = Widen<typeof zh>;
