/**
 * TypeScript reads JSON strings and numbers as plain `string` / `number`, never
 * as literal types such as 'begrijpen' or 1. `Json<T>` is T with its literals
 * widened the same way, so the assignments below still check the whole shape
 * (missing fields, wrong types) at compile time; the ids and values themselves
 * are checked by the schema (scripts/content/, run by `npm run validate-content` and the build) at build and test time.
 */
export type Json<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends ReadonlyArray<infer U>
        ? ReadonlyArray<Json<U>>
        : T extends object
          ? { readonly [K in keyof T]: Json<T[K]> }
          : T;
