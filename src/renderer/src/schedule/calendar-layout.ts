// Where each post sits in the week grid: its day column, its top (wall minutes), and a lane when
// several posts would overlap, so none hides another.
import { dateKey, type LocalDate, type WallTime } from './zoned-time';

/** How long a block looks on the grid; posts are instants, this is only room for the label. */
export const BLOCK_MINUTES = 30;

export interface Placed<T> {
  item: T;
  wall: WallTime;
  /** 0 (Monday) … 6 (Sunday). */
  dayIndex: number;
  lane: number;
  lanes: number;
}

export function placeInWeek<T>(entries: { item: T; wall: WallTime }[], days: LocalDate[]): Placed<T>[] {
  const indexOf = new Map(days.map((day, index) => [dateKey(day), index]));
  const placed: Placed<T>[] = [];
  for (const entry of entries) {
    const dayIndex = indexOf.get(dateKey(entry.wall));
    if (dayIndex !== undefined) placed.push({ ...entry, dayIndex, lane: 0, lanes: 1 });
  }
  placed.sort((a, b) => a.dayIndex - b.dayIndex || a.wall.minutes - b.wall.minutes);

  // Per day, blocks that overlap form a cluster; each block takes the first free lane, and the
  // whole cluster shares the width by its number of lanes.
  let cluster: Placed<T>[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  let clusterDay = -1;
  const closeCluster = (): void => {
    for (const block of cluster) block.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const block of placed) {
    if (block.dayIndex !== clusterDay || block.wall.minutes >= clusterEnd) {
      closeCluster();
      clusterDay = block.dayIndex;
      clusterEnd = -1;
    }
    let lane = laneEnds.findIndex((end) => end <= block.wall.minutes);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = block.wall.minutes + BLOCK_MINUTES;
    block.lane = lane;
    clusterEnd = Math.max(clusterEnd, block.wall.minutes + BLOCK_MINUTES);
    cluster.push(block);
  }
  closeCluster();
  return placed;
}

/** An hour of one day holding several posts: its blocks share the width, so a tooltip lists them. */
export interface CrowdedHour<T> {
  key: string;
  dayIndex: number;
  /** 0–23, wall clock. */
  hour: number;
  entries: Placed<T>[];
}

export const CROWDED_AT = 2;

/** The crowded hours of a placed week, in day then hour order; each hour's posts in time order. */
export function crowdedHours<T>(placed: Placed<T>[]): CrowdedHour<T>[] {
  const byHour = new Map<string, CrowdedHour<T>>();
  for (const entry of placed) {
    const hour = Math.floor(entry.wall.minutes / 60);
    const key = `${entry.dayIndex}-${hour}`;
    const cell = byHour.get(key) ?? { key, dayIndex: entry.dayIndex, hour, entries: [] };
    cell.entries.push(entry);
    byHour.set(key, cell);
  }
  return [...byHour.values()]
    .filter((cell) => cell.entries.length >= CROWDED_AT)
    .map((cell) => ({ ...cell, entries: [...cell.entries].sort((a, b) => a.wall.minutes - b.wall.minutes) }))
    .sort((a, b) => a.dayIndex - b.dayIndex || a.hour - b.hour);
}
