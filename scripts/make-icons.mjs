#!/usr/bin/env node
// Draws the toolbar icons (public/icon/{16,32,48,128}.png): a blue rounded square with a white
// "return" arrow (a claim sent back). Run once after changing the design; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => buf.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff;
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const segDist = (px, py, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
};
// In a 0..1 square: the rounded tile, then the arrow: a U-turn and its head.
function shade(u, v) {
  const r = 0.2, cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return null;
  const w = 0.085;
  const arc = Math.abs(Math.hypot(u - 0.5, v - 0.52) - 0.22) < w && u > 0.5;
  const stroke = arc || segDist(u, v, [0.5, 0.3], [0.3, 0.3]) < w || segDist(u, v, [0.36, 0.74], [0.5, 0.74]) < w;
  const head = segDist(u, v, [0.26, 0.3], [0.4, 0.16]) < w * 0.9 || segDist(u, v, [0.26, 0.3], [0.4, 0.44]) < w * 0.9;
  return stroke || head ? [255, 255, 255] : [26, 115, 232];
}
for (const size of [16, 32, 48, 128]) {
  const S = 4;
  const file = png(size, (x, y) => {
    let rgb = [0, 0, 0], a = 0;
    for (let i = 0; i < S; i++) for (let j = 0; j < S; j++) {
      const c = shade((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
      if (c) { rgb = rgb.map((v, k) => v + c[k]); a++; }
    }
    return a ? [...rgb.map((v) => Math.round(v / a)), Math.round((255 * a) / (S * S))] : [0, 0, 0, 0];
  });
  writeFileSync(`public/icon/${size}.png`, file);
}
