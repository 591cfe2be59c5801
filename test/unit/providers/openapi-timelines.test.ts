// Core's knowledge of X's timeline endpoints, checked against X's own OpenAPI spec (the judge, not
// our sandbox): every path core calls exists as a GET, every query parameter it sends is one the
// operation declares, max_results stays inside the declared bounds, and the streams engine's
// endpoint names (what the rate budget counts) are the same paths.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimelineRequest } from '../../../src/main/core/providers/provider';
import { timelineCall } from '../../../src/main/core/providers/x/timeline-request';
import { planRequests } from '../../../src/main/core/streams/requests';
import type { AccountSummary } from '../../../src/shared/accounts';
import type { ColumnConfig, ColumnKind } from '../../../src/shared/columns';

// A copy of X's spec (shared/x-api/openapi-2.167.json) kept in the repository, so CI checks it too.
const SPEC = resolve(import.meta.dirname, '..', '..', 'fixtures', 'x-openapi-2.167.json');

interface Parameter {
  name: string;
  in: string;
  schema?: { minimum?: number; maximum?: number };
}
interface Operation {
  parameters?: (Parameter | { $ref: string })[];
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter> };
}

/** twitter-api-v2 sends tweet.fields; the newest spec calls it post.fields (X accepts both, X-API.md). */
const ALIASES: Record<string, string> = { 'tweet.fields': 'post.fields' };

const REQUESTS: Record<TimelineRequest['kind'], TimelineRequest> = {
  home: { kind: 'home' },
  mentions: { kind: 'mentions' },
  activity: { kind: 'activity' },
  user: { kind: 'user', userId: '12' },
  search: { kind: 'search', query: '#Improve4Patients' },
};

const toOpenApiPath = (libraryPath: string): string => `/2/${libraryPath.replace(/:(\w+)/g, '{$1}')}`;

describe('timeline endpoints against X’s OpenAPI spec', () => {
  const spec = JSON.parse(readFileSync(SPEC, 'utf8')) as OpenApi;
  const parametersOf = (path: string): Parameter[] =>
    (spec.paths[path]?.['get']?.parameters ?? []).map((p) => ('$ref' in p ? (spec.components.parameters[p.$ref.split('/').at(-1) ?? ''] as Parameter) : p));

  it.each(Object.values(REQUESTS))('$kind: a declared GET with declared query parameters only', (request) => {
    const call = timelineCall(request, '34', { sinceId: '100', untilId: '900', cursor: 'abc', maxResults: 1 });
    const path = toOpenApiPath(call.path);
    expect(Object.keys(spec.paths[path] ?? {})).toContain('get');
    const declared = parametersOf(path);
    const queryNames = declared.filter((p) => p.in === 'query').map((p) => p.name);
    expect(Object.keys(call.query).map((name) => ALIASES[name] ?? name).filter((name) => !queryNames.includes(name))).toEqual([]);
    expect(Object.keys(call.params).sort()).toEqual(declared.filter((p) => p.in === 'path').map((p) => p.name).sort());

    const bounds = declared.find((p) => p.name === 'max_results')?.schema ?? {};
    for (const asked of [1, 50, 1000]) {
      const sent = Number(timelineCall(request, '34', { maxResults: asked }).query['max_results']);
      expect(sent).toBeGreaterThanOrEqual(bounds.minimum ?? 1);
      expect(sent).toBeLessThanOrEqual(bounds.maximum ?? 100);
    }
  });

  it('names each planned request by the path it calls', () => {
    const account: AccountSummary = { id: 'a', userId: '34', handle: 'HorizonsNHS', status: 'active' } as AccountSummary;
    const column = (kind: ColumnKind, query: string | null = null): ColumnConfig =>
      ({ id: kind, kind, accountId: 'a', query, title: kind, width: 340, position: 0, filters: {} }) as ColumnConfig;
    const specs = planRequests([column('home'), column('mentions'), column('activity'), column('search', '#tag'), column('user', '12')], [account]);
    expect(specs).toHaveLength(5);
    for (const planned of specs) {
      const call = timelineCall(planned.request, '34');
      expect(planned.endpoint).toBe(call.endpoint);
      expect(Object.keys(spec.paths)).toContain(toOpenApiPath(call.path));
    }
    expect(specs.find((planned) => planned.request.kind === 'activity')).toMatchObject({ endpoint: 'GET /2/users/reposts_of_me', billable: 'owned_read' });
  });
});
