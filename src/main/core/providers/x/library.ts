// twitter-api-v2 costs a few hundred ms to load, more than anything else at launch, and a launch
// that serves columns from the cache needs none of it: it is loaded the first time a network
// call needs it (a poll, a post, a sign-in), once.
import type * as TwitterApiV2 from 'twitter-api-v2';

export type TwitterApiLibrary = typeof TwitterApiV2;

let loaded: TwitterApiLibrary | null = null;
let loading: Promise<TwitterApiLibrary> | null = null;

export function loadTwitterApi(): Promise<TwitterApiLibrary> {
  loading ??= import('twitter-api-v2').then((library) => (loaded = library));
  return loading;
}

/** Its error classes for instanceof checks: none of its errors can exist before it is loaded. */
export function loadedTwitterApi(): TwitterApiLibrary | null {
  return loaded;
}

export function isApiResponseError(error: unknown): error is TwitterApiV2.ApiResponseError {
  return loaded !== null && error instanceof loaded.ApiResponseError;
}
