// User lookups through the unmodified twitter-api-v2 client: the caller, by id, by username, X's
// 200-with-errors for unknown users, X's 400 bodies for malformed ids, usernames and fields, scopes
// and pay-per-use metering.
import { describe, expect, it } from 'vitest';
import { PRICES_MICROS } from '../../../src/main/sandbox/plans';
import { useSandbox } from '../../helpers/sandbox';
import { INVALID_REQUEST, failure, userIdOf } from '../../helpers/x-errors';

const sandbox = useSandbox();

const userId = (username: string): string => userIdOf(sandbox(), username);

function notFound(parameter: string, value: string) {
  return {
    value,
    detail: `Could not find user with ${parameter}: [${value}].`,
    title: 'Not Found Error',
    resource_type: 'user',
    parameter,
    resource_id: value,
    type: 'https://api.twitter.com/2/problems/resource-not-found',
  };
}

describe('GET /2/users/me', () => {
  it('answers the caller with the requested user.fields', async () => {
    const client = sandbox().clientFor('HorizonsNHS');
    const me = await client.v2.me({ 'user.fields': ['created_at', 'description', 'public_metrics', 'verified'] });
    expect(me.data).toMatchObject({
      id: userId('HorizonsNHS'),
      username: 'HorizonsNHS',
      name: 'NHS Horizons',
      verified: true,
      description: expect.stringContaining('#Improve4Patients') as unknown,
    });
    expect(me.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(me.data.public_metrics).toEqual(expect.objectContaining({ followers_count: expect.any(Number) as unknown }));
  });

  it('sends only id, name and username when no fields are asked for', async () => {
    const me = await sandbox().clientFor('sam_comms').v2.me();
    expect(me).toEqual({ data: { id: userId('sam_comms'), name: 'Sam Patel', username: 'sam_comms' } });
  });

  it('answers an unknown user.fields value with X’s 400 listing the accepted values', async () => {
    const error = await failure(sandbox().clientFor('HorizonsNHS').v2.get('users/me', { 'user.fields': 'bogus' }));
    expect(error.code).toBe(400);
    expect(error.data).toMatchObject(INVALID_REQUEST);
    expect(error.data.errors).toEqual([
      {
        parameters: { 'user.fields': ['bogus'] },
        message: expect.stringMatching(/^The `user.fields` query parameter value \[bogus\] is not one of \[affiliation,.*,withheld\]$/) as unknown,
      },
    ]);
  });

  it('refuses a post expansion on a user endpoint', async () => {
    const error = await failure(sandbox().clientFor('HorizonsNHS').v2.get('users/me', { expansions: 'author_id' }));
    expect(error.code).toBe(400);
    expect(error.data.errors?.[0]).toMatchObject({ parameters: { expansions: ['author_id'] } });
  });

  it('needs users.read', async () => {
    const error = await failure(sandbox().clientFor('HorizonsNHS', 'tweet.read').v2.me());
    expect(error.code).toBe(403);
    expect(error.data).toEqual({
      title: 'Forbidden',
      type: 'about:blank',
      status: 403,
      detail: 'Missing required OAuth 2.0 scopes: tweet.read, users.read.',
    });
  });
});

describe('GET /2/users/:id and /2/users/by/username/:username', () => {
  it('finds a user by id and by username (case-insensitively, as X usernames are)', async () => {
    const client = sandbox().clientFor('HorizonsNHS');
    const byId = await client.v2.user(userId('Sch4Change'), { 'user.fields': ['description'] });
    expect(byId.data).toMatchObject({ username: 'Sch4Change', description: expect.stringContaining('change') as unknown });
    const byName = await client.v2.userByUsername('SAM_COMMS');
    expect(byName.data).toEqual({ id: userId('sam_comms'), name: 'Sam Patel', username: 'sam_comms' });
  });

  it('answers an unknown id with 200 and a partial Not Found Error, no data', async () => {
    const result = await sandbox().clientFor('HorizonsNHS').v2.user('1122334455667788');
    expect(result).toEqual({ errors: [notFound('id', '1122334455667788')] });
  });

  it('answers an unknown username with 200 and a partial Not Found Error', async () => {
    const result = await sandbox().clientFor('HorizonsNHS').v2.userByUsername('nobody_here');
    expect(result).toEqual({ errors: [notFound('username', 'nobody_here')] });
  });

  it('refuses an id that is not a snowflake with X’s 400', async () => {
    const error = await failure(sandbox().clientFor('HorizonsNHS').v2.user('12ab'));
    expect(error.code).toBe(400);
    expect(error.data).toEqual({
      ...INVALID_REQUEST,
      errors: [{ parameters: { id: ['12ab'] }, message: 'The `id` query parameter value [12ab] does not match ^[0-9]{1,19}$' }],
    });
    const tooLong = await failure(sandbox().clientFor('HorizonsNHS').v2.user('12345678901234567890'));
    expect(tooLong.code).toBe(400);
  });

  it('refuses a malformed or over-long username with X’s 400', async () => {
    const client = sandbox().clientFor('HorizonsNHS');
    const bad = await failure(client.v2.userByUsername('no-dashes'));
    expect(bad.data).toEqual({
      ...INVALID_REQUEST,
      errors: [{ parameters: { username: ['no-dashes'] }, message: 'The `username` query parameter value [no-dashes] does not match ^[A-Za-z0-9_]{1,15}$' }],
    });
    const long = await failure(client.v2.userByUsername('a'.repeat(16)));
    expect(long.code).toBe(400);
  });
});

describe('pay-per-use metering of user reads', () => {
  it('bills one user read per user returned and nothing for a miss', async () => {
    const { world } = sandbox().server;
    const client = sandbox().clientFor('sam_comms');
    const start = world.usage.balanceMicros();
    await client.v2.me();
    expect(world.usage.balanceMicros()).toBe(start - PRICES_MICROS.user_read);
    await client.v2.userByUsername('HorizonsNHS');
    expect(world.usage.balanceMicros()).toBe(start - 2 * PRICES_MICROS.user_read);
    await client.v2.user('999');
    expect(world.usage.balanceMicros()).toBe(start - 2 * PRICES_MICROS.user_read);
  });
});
