/**
 * A short fingerprint of a paragraph (FNV-1a, 32 bits, over UTF-16 code units): enough to notice that
 * staff changed a generated paragraph, with no crypto library in the pure core. It guards against slips,
 * not against anyone forging it.
 */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
