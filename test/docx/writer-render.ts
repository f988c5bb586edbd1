/**
 * Renders a .docx the way a reader sees it: LibreOffice Writer → PDF → text and PNG (poppler). The 公文
 * faces are not free software, so a throwaway fontconfig file maps them to the Noto CJK faces Debian ships
 * (仿宋/楷体/小标宋 → Noto Serif CJK SC, 黑体 → Noto Sans CJK SC): the page geometry is what is checked,
 * not the glyphs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const SERIF = ['仿宋_GB2312', '仿宋', 'FangSong', '楷体_GB2312', '楷体', 'KaiTi', '方正小标宋简体', '华文中宋', '宋体', 'SimSun'];
const SANS = ['黑体', 'SimHei'];

function fontsConf(): string {
  const alias = (family: string, target: string) => `<alias binding="same"><family>${family}</family><prefer><family>${target}</family></prefer></alias>`;
  return (
    '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>' +
    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' +
    SERIF.map((family) => alias(family, 'Noto Serif CJK SC')).join('') +
    SANS.map((family) => alias(family, 'Noto Sans CJK SC')).join('') +
    '</fontconfig>'
  );
}

export function hasPoppler(): boolean {
  return spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdftoppm && command -v pdfinfo'], { encoding: 'utf8' }).status === 0;
}

/** docx → pdf in outDir with LibreOffice Writer; returns the PDF's path. */
export function docxToPdf(soffice: string, docx: string, outDir: string): string {
  const scratch = mkdtempSync(path.join(tmpdir(), 'huibao-writer-'));
  try {
    const conf = path.join(scratch, 'fonts.conf');
    writeFileSync(conf, fontsConf());
    execFileSync(soffice, [`-env:UserInstallation=file://${path.join(scratch, 'profile')}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outDir, docx], {
      stdio: 'pipe',
      timeout: 300_000,
      env: { ...process.env, FONTCONFIG_FILE: conf },
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(docx).replace(/\.docx$/i, '')}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}`);
  return pdf;
}

export function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export function pdfPageSize(pdf: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) };
}

/** One page's text, laid out in lines as printed. */
export function pdfPageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
}

/** Page `page` as a PNG at `dpi`; returns its path. */
export function pdfPagePng(pdf: string, page: number, dpi: number, outBase: string): string {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, outBase]);
  return `${outBase}.png`;
}
