/**
 * A person does not open every sentence the same way. Each kind of phrase cycles through its wordings
 * in turn across the whole report: deterministic (the same workbook gives the same draft, so tests and
 * reruns agree) yet never the same wording twice in a row.
 */
export class PhraseVariety {
  private readonly turns = new Map<string, number>();

  pick<T>(kind: string, choices: readonly T[]): T {
    if (choices.length === 0) throw new Error(`PhraseVariety.pick: no choices for ${kind}`);
    const turn = this.turns.get(kind) ?? 0;
    this.turns.set(kind, turn + 1);
    return choices[turn % choices.length];
  }
}
