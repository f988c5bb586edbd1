// Draws the add-in's icons (assets/icons/*.png) with a small PNG encoder: no image library, no network.
// Run: node scripts/make-icons.mjs   — the PNGs are committed; rerun after changing a drawing below.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');

// ── PNG encoding (RGBA, 8 bits per channel) ──
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ── Drawing: shapes in a unit square, painted in order, 8×8 samples per pixel for smooth edges ──
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => roundedRect(x0, y0, x1, y1, 0);
const polygon = (points) => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

function hex(color) {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
}

function render(size, layers) {
  const samples = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { shape, color } of layers) {
        let hits = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            if (shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) hits++;
          }
        }
        const coverage = hits / (samples * samples);
        if (coverage === 0) continue;
        const [cr, cg, cb] = hex(color);
        // "Over" compositing in straight alpha.
        const outA = coverage + a * (1 - coverage);
        r = (cr * coverage + r * a * (1 - coverage)) / outA;
        g = (cg * coverage + g * a * (1 - coverage)) / outA;
        b = (cb * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      const at = (py * size + px) * 4;
      rgba[at] = Math.round(r);
      rgba[at + 1] = Math.round(g);
      rgba[at + 2] = Math.round(b);
      rgba[at + 3] = Math.round(a * 255);
    }
  }
  return encodePng(size, rgba);
}

// ── The drawings ──
const BLUE = '#2F5597';
const GREEN = '#217346';
const WHITE = '#FFFFFF';
const GOLD = '#F2C14E';

/** The add-in: a report page with a rising bar chart. */
const addin = [
  { shape: roundedRect(0.06, 0.06, 0.94, 0.94, 0.16), color: BLUE },
  { shape: rect(0.24, 0.56, 0.36, 0.78), color: WHITE },
  { shape: rect(0.44, 0.42, 0.56, 0.78), color: WHITE },
  { shape: rect(0.64, 0.26, 0.76, 0.78), color: GOLD },
  { shape: rect(0.2, 0.8, 0.8, 0.84), color: WHITE },
];

/** 生成汇报: the chart on Excel green with a spark of "make it now". */
const generate = [
  { shape: roundedRect(0.06, 0.06, 0.94, 0.94, 0.16), color: GREEN },
  { shape: rect(0.2, 0.58, 0.32, 0.8), color: WHITE },
  { shape: rect(0.4, 0.44, 0.52, 0.8), color: WHITE },
  { shape: rect(0.16, 0.82, 0.62, 0.86), color: WHITE },
  { shape: polygon([[0.72, 0.14], [0.58, 0.5], [0.7, 0.5], [0.62, 0.82], [0.86, 0.4], [0.74, 0.4], [0.84, 0.14]]), color: GOLD },
];

/** 打开助手: a pane beside a sheet. */
const assistant = [
  { shape: roundedRect(0.06, 0.06, 0.94, 0.94, 0.16), color: BLUE },
  { shape: rect(0.18, 0.2, 0.52, 0.8), color: WHITE },
  { shape: rect(0.58, 0.2, 0.82, 0.8), color: GOLD },
  { shape: rect(0.24, 0.3, 0.46, 0.36), color: BLUE },
  { shape: rect(0.24, 0.46, 0.46, 0.52), color: BLUE },
  { shape: rect(0.24, 0.62, 0.46, 0.68), color: BLUE },
];

const ICONS = [
  { name: 'icon', drawing: addin, sizes: [16, 32, 64, 80, 128] },
  { name: 'generate', drawing: generate, sizes: [16, 32, 80] },
  { name: 'assistant', drawing: assistant, sizes: [16, 32, 80] },
];

mkdirSync(OUT, { recursive: true });
for (const { name, drawing, sizes } of ICONS) {
  for (const size of sizes) {
    const file = join(OUT, `${name}-${size}.png`);
    writeFileSync(file, render(size, drawing));
    console.log(`wrote ${file}`);
  }
}
