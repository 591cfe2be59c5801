// Collects what expansions pull in. Each object appears once (first sighting wins, keeping X's
// order of appearance), each missing target yields one partial error, and empty lists are dropped:
// X omits `includes` entirely when nothing was expanded.
import type { SandboxPoll, SandboxPost, Snowflake } from '../model';
import type { FieldSelection } from './fields';
import type { RenderLookup } from './lookup';
import { renderMedia, renderPoll } from './media';
import { renderPost } from './post';
import { notFoundError, type PartialError } from './problems';
import { renderUser } from './user';
import type { XIncludes, XMedia, XPoll, XPost, XUser } from './wire';

export class IncludesCollector {
  readonly #selection: FieldSelection;
  readonly #lookup: RenderLookup;
  readonly #users = new Map<Snowflake, XUser>();
  readonly #tweets = new Map<Snowflake, XPost>();
  readonly #media = new Map<string, XMedia>();
  readonly #polls = new Map<Snowflake, XPoll>();
  readonly #errors = new Map<string, PartialError>();

  constructor(selection: FieldSelection, lookup: RenderLookup) {
    this.#selection = selection;
    this.#lookup = lookup;
  }

  /** `parameter` names the expansion, for the partial error when the user is gone. */
  user(id: Snowflake, parameter: string): void {
    if (this.#users.has(id)) return;
    const user = this.#lookup.user(id);
    if (user) this.#users.set(id, renderUser(user, this.#selection, this.#lookup));
    else this.error(notFoundError('user', parameter, id));
  }

  post(post: SandboxPost): void {
    if (!this.#tweets.has(post.id)) this.#tweets.set(post.id, renderPost(post, this.#selection, this.#lookup));
  }

  /** Media that cannot be found are skipped: X reports no partial error for them. */
  media(mediaKey: string): void {
    if (this.#media.has(mediaKey)) return;
    const media = this.#lookup.media(mediaKey);
    if (media) this.#media.set(mediaKey, renderMedia(media, this.#selection, this.#lookup));
  }

  poll(poll: SandboxPoll): void {
    if (!this.#polls.has(poll.id)) this.#polls.set(poll.id, renderPoll(poll, this.#selection));
  }

  error(error: PartialError): void {
    const key = `${error.resource_type}\u0000${error.parameter}\u0000${error.value}`;
    if (!this.#errors.has(key)) this.#errors.set(key, error);
  }

  get includes(): XIncludes | undefined {
    const includes: XIncludes = {};
    if (this.#users.size > 0) includes.users = [...this.#users.values()];
    if (this.#tweets.size > 0) includes.tweets = [...this.#tweets.values()];
    if (this.#media.size > 0) includes.media = [...this.#media.values()];
    if (this.#polls.size > 0) includes.polls = [...this.#polls.values()];
    return Object.keys(includes).length > 0 ? includes : undefined;
  }

  get errors(): PartialError[] | undefined {
    return this.#errors.size > 0 ? [...this.#errors.values()] : undefined;
  }
}
