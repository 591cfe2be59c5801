// twitter-text builds its large Unicode patterns when it loads (a few hundred ms on a busy
// machine), and a launch needs none of it before it listens: it is loaded on first use (the
// first page of a column, the first measure). Warming it as soon as browser mode listened was
// tried and measured slower: it holds up serving the page itself.
import { createRequire } from 'node:module';
import type TwitterText from 'twitter-text';

type TwitterTextLibrary = typeof TwitterText;

let library: TwitterTextLibrary | null = null;

export function twitterText(): TwitterTextLibrary {
  library ??= createRequire(import.meta.url)('twitter-text') as TwitterTextLibrary;
  return library;
}
