import type { WorkbookSnapshot } from '../../src/core/model';
import type { ExcelRun } from '../../src/excel/sync-batch';
import { type Capabilities, compareVersions, detectCapabilities, type LoadedLibrary } from '../../src/excel/requirement-sets';
import { type ApiSurface, hasMember } from './api-surface';
import { createOfficeStub, EmulatedSettings, type OfficeStub } from './office-stub';
import { EmulatedRequestContext, type EmulatorHost, type EmulatorStats, type FailureRule, type SyncRecord } from './request-context';
import { shippedSurface } from './shipped-surface';
import { EmulatedWorkbook } from './workbook';
import { sheetByName, type SheetState, workbookFromSnapshot, type WorkbookState } from './workbook-state';

/**
 * An Excel for tests: `run` is Excel.run, `office()` the Office global. Faithful where the add-in depends on
 * it — load/sync, queued writes applied at sync, the 5 MB payload limit, protected sheets, Excel's reading of
 * typed strings — and counting round trips and bytes so tests can hold the host to its promises.
 *
 * Its API surface is the office.js we ship (shipped-surface.ts): a member that library lacks is missing here
 * too, and a member newer than the profile's ExcelApi version fails as the library makes it fail.
 */

/** The Excels the tests play: ExcelApi 1.1 (Excel 2016 before updates), 1.8 (Excel 2019 volume licence),
 *  1.14 (Office LTSC 2021), 1.17 (current Microsoft 365, newer than our office.js) and the newest our
 *  office.js implements. */
export const EMULATOR_PROFILES = ['1.1', '1.8', '1.14', '1.17', 'shipped'] as const;
export type EmulatorProfile = (typeof EMULATOR_PROFILES)[number];

export function profileVersion(profile: EmulatorProfile, surface: ApiSurface = shippedSurface()): string {
  return profile === 'shipped' ? surface.newestExcelApi : profile;
}

export interface EmulatorOptions {
  /** Highest ExcelApi set this "Excel" supports: "1.14" plays Office LTSC 2021. Default: the newest the shipped office.js implements. */
  readonly excelApi?: string;
  /** The office.js surface to play; default: the one we ship. */
  readonly surface?: ApiSurface;
  /** Delay per round trip, so a browser shows progress as it would against real Excel. */
  readonly latencyMs?: number;
  readonly displayLanguage?: string;
  readonly platform?: string;
  /** Document settings already saved with the workbook. */
  readonly settings?: Record<string, unknown>;
}

class EmulatedExcelContext extends EmulatedRequestContext {
  readonly workbook = new EmulatedWorkbook(this);
}

export class ExcelEmulator implements EmulatorHost {
  readonly stats: EmulatorStats = { syncs: [] };
  readonly failures: FailureRule[] = [];
  readonly latencyMs: number;
  readonly settings: EmulatedSettings;
  readonly excelApi: string;
  readonly surface: ApiSurface;
  private officeStub: OfficeStub | null = null;

  constructor(
    readonly state: WorkbookState,
    private readonly options: EmulatorOptions = {},
  ) {
    this.surface = options.surface ?? shippedSurface();
    this.excelApi = options.excelApi ?? this.surface.newestExcelApi;
    this.latencyMs = options.latencyMs ?? 0;
    this.settings = new EmulatedSettings(new Map(Object.entries(options.settings ?? {})));
  }

  static fromSnapshot(snapshot: WorkbookSnapshot, options: EmulatorOptions = {}): ExcelEmulator {
    return new ExcelEmulator(workbookFromSnapshot(snapshot), options);
  }

  /** Excel.run: a fresh request context per batch. */
  readonly run: ExcelRun = async (batch) => {
    const context = new EmulatedExcelContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  isSetSupported = (name: string, version = '1.1'): boolean => {
    if (name === 'ExcelApi') return compareVersions(version, this.excelApi) <= 0;
    if (name === 'SharedRuntime' || name === 'DialogApi' || name === 'RibbonApi') return compareVersions(version, '1.2') <= 0;
    // Opening the system browser exists on desktop and iPad, never in Office on the web.
    if (name === 'OpenBrowserWindowApi') return compareVersions(version, '1.1') <= 0 && ['PC', 'Mac', 'iOS'].includes(this.options.platform ?? 'OfficeOnline');
    return false;
  };

  /** What the loaded "office.js" defines: the shipped surface, whatever the profile. */
  readonly loadedLibrary: LoadedLibrary = (className, member) => hasMember(this.surface, className, member);

  /** The capabilities the add-in would detect in this Excel with our office.js loaded. */
  capabilities(): Capabilities {
    return detectCapabilities(this.isSetSupported, this.loadedLibrary);
  }

  /**
   * The `Excel` global as the page sees it: Excel.run, and a constructor per class of the shipped library whose
   * prototype lists its members, so the add-in's loaded-library check answers as it would with office.js.
   */
  excelNamespace(): Record<string, unknown> {
    const namespace: Record<string, unknown> = { run: this.run };
    for (const [className, members] of Object.entries(this.surface.classes)) {
      const type = function shippedClass(): void {};
      for (const member of Object.keys(members)) Object.defineProperty(type.prototype, member, { value: undefined, enumerable: true });
      namespace[className] = type;
    }
    return namespace;
  }

  /** Makes the n-th execution of a call ("Range.formulas", "WorksheetCollection.add", "Worksheet.delete" …) fail. */
  failOn(call: string, code = 'GeneralException', occurrence = 1): void {
    this.failures.push({ call, code, occurrence, seen: 0 });
  }

  office(): OfficeStub {
    if (!this.officeStub) {
      this.officeStub = createOfficeStub({
        displayLanguage: this.options.displayLanguage ?? 'zh-CN',
        platform: this.options.platform ?? 'OfficeOnline',
        isSetSupported: this.isSetSupported,
        settings: this.settings,
      });
    }
    return this.officeStub;
  }

  sheet(name: string): SheetState {
    const sheet = sheetByName(this.state, name);
    if (!sheet) throw new Error(`no sheet "${name}" in the emulated workbook (has: ${this.sheetNames().join(', ')})`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  syncCount(): number {
    return this.stats.syncs.length;
  }

  successfulSyncs(): SyncRecord[] {
    return this.stats.syncs.filter((sync) => sync.failed === null);
  }

  resetStats(): void {
    this.stats.syncs.length = 0;
  }
}
