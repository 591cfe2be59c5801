import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/main/core/columns/segments';
import { TIMELINE_FIELDS, toTimelinePage } from '../../../src/main/core/providers/x/timeline-mapping';

describe('links X wrapped in t.co', () => {
  // As X sends a post: the text carries the t.co address, entities.urls where it leads.
  const page = {
    data: [
      {
        id: '1860000000000000001',
        text: 'Flu jabs this week https://t.co/AbC123xyz',
        created_at: '2026-12-02T10:00:00.000Z',
        author_id: '99',
        entities: { urls: [{ start: 18, end: 41, url: 'https://t.co/AbC123xyz', expanded_url: 'https://www.nhs.uk/vaccinations/flu-vaccine/', display_url: 'nhs.uk/vaccinations/f…' }] },
      },
    ],
    includes: { users: [{ id: '99', name: 'Horizons', username: 'HorizonsNHS' }] },
  };

  it('asks X for entities and keeps where each link leads', () => {
    expect(TIMELINE_FIELDS['tweet.fields'].split(',')).toContain('entities');
    const [item] = toTimelinePage(page).items;
    expect(item?.links).toEqual([{ url: 'https://t.co/AbC123xyz', expandedUrl: 'https://www.nhs.uk/vaccinations/flu-vaccine/', displayUrl: 'nhs.uk/vaccinations/f…' }]);
  });

  it('shows the display form and links to the expanded address, never to t.co', () => {
    const [item] = toTimelinePage(page).items;
    const segments = segmentText(item?.text ?? '', item?.links ?? []);
    expect(segments).toEqual([
      { kind: 'text', text: 'Flu jabs this week ' },
      { kind: 'url', text: 'nhs.uk/vaccinations/f…', url: 'https://www.nhs.uk/vaccinations/flu-vaccine/' },
    ]);
    // Without entities (an older cached row) the link is shown as written.
    expect(segmentText('see https://nhs.uk')[1]).toEqual({ kind: 'url', text: 'https://nhs.uk', url: 'https://nhs.uk' });
  });
});
