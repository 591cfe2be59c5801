#!/usr/bin/env node
// Rasterises resources/icon.svg into what each installer target needs: PNGs by size for Linux
// (resources/icons/NxN.png), an ICO for Windows and an ICNS for macOS. resvg ships its renderer
// prebuilt inside its npm package (no compiler, no download); ICO and ICNS both hold PNG images
// as they are, so their containers are written here. The outputs are checked in, so `npm run dist`
// does not depend on this script; run it (`npm run icons`) after changing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resources = join(root, 'resources');
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 32, 48, 64, 128, 256];
// ICNS element types that hold PNG data, by pixel size.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

export function renderPng(svg, size) {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

export function icoFrom(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

export function icnsFrom(images) {
  const elements = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

export function renderIcons(svg) {
  const cache = new Map();
  const png = (size) => {
    if (!cache.has(size)) cache.set(size, renderPng(svg, size));
    return cache.get(size);
  };
  return {
    linux: LINUX_SIZES.map((size) => ({ file: `icons/${size}x${size}.png`, data: png(size) })),
    ico: icoFrom(ICO_SIZES.map((size) => ({ size, png: png(size) }))),
    icns: icnsFrom(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const icons = renderIcons(readFileSync(join(resources, 'icon.svg')));
  mkdirSync(join(resources, 'icons'), { recursive: true });
  for (const { file, data } of icons.linux) writeFileSync(join(resources, file), data);
  writeFileSync(join(resources, 'icon.ico'), icons.ico);
  writeFileSync(join(resources, 'icon.icns'), icons.icns);
  console.log(`Columns: icons written to ${resources} (${icons.linux.length} PNGs, icon.ico, icon.icns).`);
}
