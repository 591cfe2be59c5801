// The training cast. The three accounts a comms officer runs are always there; a full seed adds the
// community, their history and the mentions that give columns life.
import type { SandboxUser } from '../model';
import type { SandboxOptions } from '../options';
import type { SandboxWorld } from '../world';
import { seedHistory } from './history';

export const CORE_ACCOUNTS: readonly Omit<SandboxUser, 'id' | 'createdAt'>[] = [
  {
    username: 'HorizonsNHS',
    name: 'NHS Horizons',
    description: 'Helping people change health and care for the better. #Improve4Patients chats every month.',
    location: 'England',
    url: 'https://horizonsnhs.com',
    profileImageUrl: 'https://pbs.twimg.com/profile_images/sandbox/horizons_normal.png',
    verified: true,
    protected: false,
    kind: 'corporate',
  },
  {
    username: 'Sch4Change',
    name: 'School for Change Agents',
    description: 'A free online course for anyone who wants to make change happen in health and care.',
    location: 'England',
    url: 'https://horizonsnhs.com/school-for-change-agents',
    profileImageUrl: 'https://pbs.twimg.com/profile_images/sandbox/sch4change_normal.png',
    verified: true,
    protected: false,
    kind: 'corporate',
  },
  {
    username: 'sam_comms',
    name: 'Sam Patel',
    description: 'Comms lead. Views my own.',
    location: 'Leeds',
    url: null,
    profileImageUrl: 'https://pbs.twimg.com/profile_images/sandbox/sam_normal.png',
    verified: false,
    protected: false,
    kind: 'personal',
  },
];

export function seedWorld(world: SandboxWorld, options: SandboxOptions): void {
  world.db.transaction(() => {
    world.usage.setInitialCredit(options.initialCreditMicros);
    const createdAt = new Date(world.clock.nowMs() - 400 * 24 * 3600 * 1000).toISOString();
    for (const account of CORE_ACCOUNTS) world.users.insert({ ...account, id: world.nextId(), createdAt });
    // The community and its history (history.ts): deterministic, one transaction, well under 300 ms.
    if (options.seed) seedHistory(world, world.clock.nowMs());
  })();
}
