// @ts-check

/** An error whose message is meant for the person running the build. */
export class PackagingError extends Error {
  /** @override */
  name = 'PackagingError';
}
