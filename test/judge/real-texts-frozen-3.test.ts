import { FROZEN_REAL_TEXTS } from '../fixtures/judgement-real/frozen';
import { FROZEN_2_REAL_TEXTS } from '../fixtures/judgement-real-frozen-2/frozen';
import { FROZEN_3_REAL_TEXTS } from '../fixtures/judgement-real-frozen-3/frozen';
import { describeFrozenTextSet } from './frozen-text-set';

/**
 * The third round's frozen real-text set (issue 19) is checked for shape and independence only (frozen-text-set.ts):
 * this test never runs the judgement module on it.
 */
describeFrozenTextSet({
  round: '第三轮冻结集',
  items: FROZEN_3_REAL_TEXTS,
  minItems: 100,
  minPages: 25,
  earlier: [{ folder: 'judgement-real', items: FROZEN_REAL_TEXTS }, { folder: 'judgement-real-frozen-2', items: FROZEN_2_REAL_TEXTS }],
  mustFind: [
    'judgement-real/working.ts',
    'judgement-real-frozen-2/frozen.ts',
    'real-corpus/specs/index.ts',
    'real-frozen/specs/index.ts',
    'real-frozen-2/specs/index.ts',
    'real-frozen-3/specs/index.ts',
    'real-frozen-4/specs/index.ts',
  ],
  loosePageMatch: true,
});
