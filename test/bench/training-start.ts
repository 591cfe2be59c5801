// Bench: how long "Practise in the training sandbox" takes to be ready, in-process as the app runs
// it: the first start in a fresh data folder (CA and certificate generated, the whole cast and its
// history seeded) and a later start that finds both on disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTrainingSandbox } from '../../src/main/sandbox/training';
import type { BenchLine } from './sandbox-search';

const RUNS = 5;

async function timeStart(appDataDir: string): Promise<number> {
  const training = createTrainingSandbox({ appDataDir });
  const started = performance.now();
  await training.start();
  const elapsed = performance.now() - started;
  await training.close();
  return elapsed;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (value: number): number => Math.round(value * 10) / 10;

export async function benchTrainingStart(): Promise<BenchLine[]> {
  const cold: number[] = [];
  const warm: number[] = [];
  // One start first so module loading (Fastify, x509) is not charged to the first measured run.
  const primer = mkdtempSync(join(tmpdir(), 'columns-bench-training-'));
  await timeStart(primer);
  rmSync(primer, { recursive: true, force: true });
  for (let run = 0; run < RUNS; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'columns-bench-training-'));
    try {
      cold.push(await timeStart(dir));
      warm.push(await timeStart(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return [
    { bench: 'training_sandbox_first_start_median', value: round(median(cold)), unit: 'ms', includes: 'CA + certificate, full seed' },
    { bench: 'training_sandbox_restart_median', value: round(median(warm)), unit: 'ms' },
  ];
}
