/** The shape of a language's resources: the same keys as English, any strings. */
export type Labels<T> = { [K in keyof T]: T[K] extends string ? string : Labels<T[K]> };
