import type { Migration } from '../migration';

// Who holds the publisher lock, in words the app can show ("columns publisher run" on host
// "always-on"), so a window whose engine waits can say which process publishes its queue.
export const m015PublisherHolder: Migration = {
  version: 15,
  name: 'publisher-holder',
  up(db) {
    db.exec(`ALTER TABLE publisher_lock ADD COLUMN holder TEXT NOT NULL DEFAULT '';
             ALTER TABLE publisher_lock ADD COLUMN host TEXT NOT NULL DEFAULT '';`);
  },
};
