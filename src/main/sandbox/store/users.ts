import type { Database } from 'better-sqlite3';
import type { SandboxUser, SandboxUserKind, Snowflake } from '../model';

interface UserRow {
  id: string;
  username: string;
  name: string;
  description: string;
  location: string | null;
  url: string | null;
  profile_image_url: string;
  verified: number;
  protected: number;
  kind: SandboxUserKind;
  created_at: string;
}

const COLUMNS = 'id, username, name, description, location, url, profile_image_url, verified, protected, kind, created_at';

function toUser(row: UserRow): SandboxUser {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    description: row.description,
    location: row.location,
    url: row.url,
    profileImageUrl: row.profile_image_url,
    verified: row.verified === 1,
    protected: row.protected === 1,
    kind: row.kind,
    createdAt: row.created_at,
  };
}

export class UsersRepository {
  readonly #byId;
  readonly #byUsername;
  readonly #all;
  readonly #insert;
  readonly #counts;

  constructor(db: Database) {
    this.#byId = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
    this.#byUsername = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE username = ?`);
    this.#all = db.prepare<[], UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY kind, username`);
    this.#insert = db.prepare(
      `INSERT INTO users (${COLUMNS}) VALUES (@id, @username, @name, @description, @location, @url, @profileImageUrl, @verified, @protected, @kind, @createdAt)`,
    );
    this.#counts = db.prepare<[string, string, string], { followers: number; following: number; posts: number }>(
      `SELECT (SELECT count(*) FROM follows WHERE target_id = ?) AS followers,
              (SELECT count(*) FROM follows WHERE user_id = ?) AS following,
              (SELECT count(*) FROM posts WHERE author_id = ? AND deleted_at IS NULL) AS posts`,
    );
  }

  get(id: Snowflake): SandboxUser | undefined {
    const row = this.#byId.get(id);
    return row && toUser(row);
  }

  byUsername(username: string): SandboxUser | undefined {
    const row = this.#byUsername.get(username.replace(/^@/, ''));
    return row && toUser(row);
  }

  all(): SandboxUser[] {
    return this.#all.all().map(toUser);
  }

  insert(user: SandboxUser): void {
    this.#insert.run({ ...user, verified: user.verified ? 1 : 0, protected: user.protected ? 1 : 0 });
  }

  metrics(id: Snowflake): { followers_count: number; following_count: number; tweet_count: number; listed_count: number } {
    const counts = this.#counts.get(id, id, id) ?? { followers: 0, following: 0, posts: 0 };
    return { followers_count: counts.followers, following_count: counts.following, tweet_count: counts.posts, listed_count: 0 };
  }
}
