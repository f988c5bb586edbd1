import { FROZEN_REAL_TEXTS } from '../fixtures/judgement-real/frozen';
import { FROZEN_2_REAL_TEXTS } from '../fixtures/judgement-real-frozen-2/frozen';
import { describeFrozenTextSet } from './frozen-text-set';

/**
 * The second round's frozen real-text set (issue 19) is checked for shape and independence only (frozen-text-set.ts):
 * this test never runs the judgement module on it. Its pages are compared as written (the later sets compare them without scheme, www. or case).
 */
describeFrozenTextSet({
  round: '第二轮冻结集',
  items: FROZEN_2_REAL_TEXTS,
  minItems: 100,
  minPages: 20,
  earlier: [{ folder: 'judgement-real', items: FROZEN_REAL_TEXTS }],
  mustFind: [
    'judgement-real/working.ts',
    'real-corpus/specs/index.ts',
    'real-frozen/specs/index.ts',
    'real-frozen-2/specs/index.ts',
  ],
  loosePageMatch: false,
});
