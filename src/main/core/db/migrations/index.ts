// The app database's migrations, tracked by PRAGMA user_version (STYLE: Signal's migrations/index).
// Append only: never edit a migration that has shipped; add the next number instead.
import { defineMigrationSet } from '../migration';
import { m001Settings } from './001-settings';
import { m002Accounts } from './002-accounts';
import { m003AccountSettings } from './003-account-settings';
import { m004Queue } from './004-queue';
import { m005ComposeSchedule } from './005-compose-schedule';
import { m006Columns } from './006-columns';
import { m007Chats } from './007-chats';
import { m008ItemState } from './008-item-state';
import { m009ActivityColumns } from './009-activity-columns';
import { m010Confirmations } from './010-confirmations';
import { m011UnsavedText } from './011-unsaved-text';
import { m012ChatPostModeration } from './012-chat-post-moderation';
import { m013ChatPostingGrants } from './013-chat-posting-grants';
import { m014ChatDeletionCheck } from './014-chat-deletion-check';
import { m015PublisherHolder } from './015-publisher-holder';

export const APP_MIGRATIONS = defineMigrationSet('Columns', [m001Settings, m002Accounts, m003AccountSettings, m004Queue, m005ComposeSchedule, m006Columns, m007Chats, m008ItemState, m009ActivityColumns, m010Confirmations, m011UnsavedText, m012ChatPostModeration, m013ChatPostingGrants, m014ChatDeletionCheck, m015PublisherHolder]);
