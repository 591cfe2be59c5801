// What SQL can rule out before a search matches posts one by one: when every match must come
// from certain authors (`from:alice`, `from:alice #tag`, `from:alice OR from:bob`), the scan reads
// only their posts. The matcher still checks every candidate, so this only has to be a superset.
import type { SandboxUser, Snowflake } from '../model';
import type { QueryNode } from '../search/query';

/** The authors every match must have, or null when the query does not pin them down. */
export function requiredAuthors(node: QueryNode, byUsername: (username: string) => SandboxUser | undefined): Snowflake[] | null {
  switch (node.kind) {
    case 'from': {
      // from: takes a username or a numeric id; either may name the author.
      const ids = new Set<Snowflake>();
      const user = byUsername(node.username);
      if (user) ids.add(user.id);
      if (node.userId !== null) ids.add(node.userId);
      return [...ids];
    }
    case 'and':
      // Any one constrained child is enough: all children must hold.
      for (const child of node.children) {
        const authors = requiredAuthors(child, byUsername);
        if (authors) return authors;
      }
      return null;
    case 'or': {
      const union = new Set<Snowflake>();
      for (const child of node.children) {
        const authors = requiredAuthors(child, byUsername);
        if (!authors) return null;
        for (const id of authors) union.add(id);
      }
      return [...union];
    }
    default:
      return null;
  }
}
