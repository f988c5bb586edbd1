/** Names of parts and relationship ids not yet used in the output, handed out lowest first. */
export class PartNames {
  private readonly taken = new Set<string>();

  constructor(names: Iterable<string>) {
    for (const name of names) this.taken.add(name.toLowerCase());
  }

  /** "xl/worksheets/sheet8.xml" for ("xl/worksheets/sheet", ".xml") when 1–7 are taken; compared without case. */
  next(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }

  claim(name: string): void {
    this.taken.add(name.toLowerCase());
  }
}

export function freeRelId(used: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `rId${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
