// Tweet chat fixtures for the pure "afterwards" modules (report, transcripts, export): a chat as
// chat.get returns it, and its entries as chat.feed returns them, built from column items.
import type { Chat, ChatEntry, ChatPostKind, ChatRole } from '../../src/shared/chat';
import type { ColumnItem, ItemAuthorView } from '../../src/shared/columns';
import { columnItem, itemAuthor as author } from './items';

export { itemAuthor as author } from './items';

export function item(id: string, who: ItemAuthorView, text: string, createdAt: string, patch: Partial<ColumnItem> = {}): ColumnItem {
  return columnItem(id, { text, createdAt, author: who, metrics: { likes: 0, reposts: 0, replies: 0, quotes: 0 }, ...patch });
}

export function entry(kind: ChatPostKind, question: number | null, role: ChatRole, post: ColumnItem): ChatEntry {
  return { item: post, question, kind, role, moderation: null };
}

export function chat(patch: Partial<Chat> = {}): Chat {
  return {
    id: 'chat-1',
    name: 'Improving discharge',
    hashtag: '#Improve4Patients',
    hostAccountId: 'acc-horizons',
    cohosts: ['Sch4Change'],
    guests: ['DrAsha'],
    startsAt: '2026-11-25T19:00:00.000Z',
    zone: 'Europe/London',
    durationMinutes: 60,
    questions: [
      { text: 'What makes a good discharge?', offsetMinutes: 5 },
      { text: 'Who should be in the room?', offsetMinutes: 20 },
      { text: 'What one thing would you change?', offsetMinutes: 40 },
    ],
    welcome: 'Welcome to tonight’s chat!',
    closing: 'Thank you all!',
    state: 'ended',
    columnId: 'col-chat-1',
    welcomePost: null,
    closingPost: null,
    questionPosts: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-25T20:00:00.000Z',
    postingGrant: null,
    ...patch,
  };
}

export const HOST = author('HorizonsNHS', 'NHS Horizons', 'u-host');
export const COHOST = author('Sch4Change', 'School for Change', 'u-sch');
export const GUEST = author('DrAsha', 'Dr Asha Patel', 'u-asha');
export const NURSE = author('nurse_jo', 'Jo (ward nurse)', 'u-jo');
export const CARER = author('carer_sam', 'Sam the carer', 'u-sam');
export const SPAMMER = author('cheap_pills', 'Buy <now>', 'u-spam');

/** A 60-minute chat with three questions: welcome, Q1 with answers and replies, Q2 answered, Q3 unanswered, closing. */
export function improveChatEntries(): ChatEntry[] {
  const at = (minute: number, second = 0): string => new Date(Date.UTC(2026, 10, 25, 19, minute, second)).toISOString();
  return [
    entry('welcome', null, 'host', item('1000', HOST, 'Welcome to tonight’s chat! #Improve4Patients', at(0))),
    entry('other', null, 'participant', item('1001', NURSE, 'Hello from ward 7 #Improve4Patients', at(2, 30))),
    entry('question', 1, 'host', item('1002', HOST, 'Q1 What makes a good discharge? #Improve4Patients', at(5))),
    entry('answer', 1, 'participant', item('1003', NURSE, 'A1 A plan everyone knows, early #Improve4Patients', at(6, 10))),
    entry('answer', 1, 'guest', item('1004', GUEST, 'A1 Medicines ready before the day #Improve4Patients', at(6, 45))),
    entry('reply', 1, 'host', item('1005', HOST, '@nurse_jo Early is key #Improve4Patients', at(7), { replyToId: '1003', conversationId: '1003', inReplyToUserId: NURSE.id })),
    entry('reply', 1, 'participant', item('1006', CARER, '@HorizonsNHS and carers told! #Improve4Patients', at(8), { replyToId: '1002', conversationId: '1002', inReplyToUserId: HOST.id })),
    entry('other', null, 'participant', item('1007', SPAMMER, 'Cheap pills here #Improve4Patients', at(9))),
    entry('question', 2, 'host', item('1008', HOST, 'Q2 Who should be in the room? #Improve4Patients', at(20))),
    entry('answer', 2, 'cohost', item('1009', COHOST, 'A2 The patient, first #Improve4Patients', at(21))),
    entry('answer', 2, 'participant', item('1010', CARER, 'A2 Whoever cares for them at home #Improve4Patients', at(22, 5))),
    entry('answer', 2, 'participant', item('1011', NURSE, 'A2 Pharmacy #Improve4Patients', at(23))),
    entry('question', 3, 'host', item('1012', HOST, 'Q3 What one thing would you change? #Improve4Patients', at(40))),
    entry('closing', null, 'host', item('1013', HOST, 'Thank you all! #Improve4Patients', at(59, 59))),
  ];
}

/** An ISO instant `minutes` from now, rounded up to a whole minute (chat plans start on the minute). */
export const inMinutes = (minutes: number): string => new Date(Math.ceil((Date.now() + minutes * 60_000) / 60_000) * 60_000).toISOString();
