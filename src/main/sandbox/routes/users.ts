// User lookups: the caller (GET /2/users/me), by id and by username. An unknown id or username is
// a 200 whose body holds only a partial "Not Found Error", as X answers.
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';
import { registerXRoute } from '../http/x-route';
import { lookupAsGiven, parsePathId, parseSelection, parseUsername } from '../posting/lookup-input';
import { renderSingleUser, renderUsersByKeys } from '../render';

/** docs.x.com lists tweet.read and users.read for every user lookup. */
const READ_SCOPES = ['tweet.read', 'users.read'] as const;

export function registerUserRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { world } = ctx;

  registerXRoute(app, ctx, {
    method: 'GET',
    url: '/2/users/me',
    scopes: READ_SCOPES,
    handler(call) {
      const selection = parseSelection(call.query, 'users');
      call.meter('user_read');
      return renderSingleUser(call.caller.user, selection, world.lookup);
    },
  });

  registerXRoute(app, ctx, {
    method: 'GET',
    url: '/2/users/:id',
    scopes: READ_SCOPES,
    handler(call) {
      const id = parsePathId(call.params['id']);
      const selection = parseSelection(call.query, 'users');
      const lookup = lookupAsGiven(world.lookup);
      const user = lookup.user(id);
      if (!user) return renderUsersByKeys([id], selection, lookup, 'id');
      call.meter('user_read');
      return renderSingleUser(user, selection, lookup);
    },
  });

  registerXRoute(app, ctx, {
    method: 'GET',
    url: '/2/users/by/username/:username',
    scopes: READ_SCOPES,
    handler(call) {
      const username = parseUsername(call.params['username']);
      const selection = parseSelection(call.query, 'users');
      const user = world.lookup.userByUsername(username);
      if (!user) return renderUsersByKeys([username], selection, world.lookup, 'username');
      call.meter('user_read');
      return renderSingleUser(user, selection, world.lookup);
    },
  });
}
