/**
 * LibreOffice headless as a second spreadsheet engine: it opens a written workbook, recalculates every
 * formula (OOXMLRecalcMode 0 = always, set in a throwaway profile so no user's settings matter) and saves
 * the recalculated values, which the tests then compare with the engine's own figures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CANDIDATES = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

/** HUIBAO_SOFFICE names the binary to use; HUIBAO_SOFFICE=none behaves as if LibreOffice were absent. */
export function findSoffice(): string | null {
  const given = process.env.HUIBAO_SOFFICE;
  if (given === 'none') return null;
  if (given) return existsSync(given) ? given : null;
  const which = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim().split('\n')[0] : '';
  if (found) return found;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * `describe` when soffice is here; otherwise a loud warning and `describe.skip` — or, with
 * HUIBAO_REQUIRE_TOOLS=1 (CI), a failing test, so a missing tool can never pass silently.
 */
export function describeWithSoffice(title: string, body: (soffice: string) => void): void {
  const soffice = findSoffice();
  if (soffice) {
    describe(title, () => body(soffice));
    return;
  }
  if (process.env.HUIBAO_REQUIRE_TOOLS === '1') {
    describe(title, () => {
      it('needs LibreOffice (soffice), which HUIBAO_REQUIRE_TOOLS=1 makes compulsory', () => {
        throw new Error('soffice not found: apt-get install -y libreoffice-calc libreoffice-writer fonts-noto-cjk');
      });
    });
    return;
  }
  console.warn(
    `\n⚠⚠⚠ SKIPPED: "${title}" needs LibreOffice (soffice) and it is not installed.\n` +
      '    Install: apt-get install -y libreoffice-calc libreoffice-writer fonts-noto-cjk poppler-utils\n' +
      '    Set HUIBAO_REQUIRE_TOOLS=1 to make this a failure instead of a skip.\n',
  );
  describe.skip(title, () => body(''));
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh profile that always recalculates on load. The caller removes it. */
function throwawayProfile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-lo-profile-'));
  mkdirSync(path.join(dir, 'user'), { recursive: true });
  writeFileSync(path.join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return dir;
}

/** Converts each file with LibreOffice (one process for all) into outDir; returns the output paths in order. */
export function convertWithSoffice(soffice: string, files: readonly string[], outDir: string, format: string): string[] {
  const profile = throwawayProfile();
  try {
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', format, '--outdir', outDir, ...files], {
      stdio: 'pipe',
      timeout: 300_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(':')[0];
  return files.map((file) => {
    const out = path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.${extension}`);
    if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
    return out;
  });
}

/** Recalculates .xlsx files in LibreOffice and saves them as .xlsx again, in outDir. */
export function recalculate(soffice: string, files: readonly string[], outDir: string): string[] {
  return convertWithSoffice(soffice, files, outDir, 'xlsx:Calc MS Excel 2007 XML');
}
