// What the composer's e2e tests start from, type and attach: the training desk, a small image that
// looks like one, and a London wall-clock date and time as en-GB writes them.
import { crc32, deflateSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';

/** Opens the app at `url` and practises in the training sandbox, as a first-time user does. */
export async function practiseAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox' }).click();
  await expect(page.getByTestId('account-HorizonsNHS')).toBeVisible({ timeout: 30_000 });
}

/** A small striped PNG, so the thumbnail is visibly an image. */
export function stripedPng(size = 48): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0);
    for (let x = 0; x < size; x++) rows.push(...(Math.floor((x + y) / 8) % 2 ? [0, 94, 184] : [255, 184, 28]));
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** Wall-clock date (as en-GB writes it, DD/MM/YYYY) and time in London, `minutes` from now (the browser runs in Europe/London too). */
export function londonIn(minutes: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  return { date: `${get('day')}/${get('month')}/${get('year')}`, time: `${get('hour')}:${get('minute')}` };
}
