import { FROZEN_REAL_TEXTS } from '../fixtures/judgement-real/frozen';
import { FROZEN_2_REAL_TEXTS } from '../fixtures/judgement-real-frozen-2/frozen';
import { FROZEN_3_REAL_TEXTS } from '../fixtures/judgement-real-frozen-3/frozen';
import { FROZEN_4_REAL_TEXTS } from '../fixtures/judgement-real-frozen-4/frozen';
import { FROZEN_5_REAL_TEXTS } from '../fixtures/judgement-real-frozen-5/frozen';
import { FROZEN_6_REAL_TEXTS } from '../fixtures/judgement-real-frozen-6/frozen';
import { FROZEN_7_REAL_TEXTS } from '../fixtures/judgement-real-frozen-7/frozen';
import { describeFrozenTextSet } from './frozen-text-set';

/**
 * The seventh round's frozen real-text set (issue 19) is checked for shape and independence only (frozen-text-set.ts):
 * this test never runs the judgement module on it.
 */
describeFrozenTextSet({
  round: '第七轮冻结集',
  items: FROZEN_7_REAL_TEXTS,
  minItems: 150,
  minPages: 25,
  earlier: [
    { folder: 'judgement-real', items: FROZEN_REAL_TEXTS },
    { folder: 'judgement-real-frozen-2', items: FROZEN_2_REAL_TEXTS },
    { folder: 'judgement-real-frozen-3', items: FROZEN_3_REAL_TEXTS },
    { folder: 'judgement-real-frozen-4', items: FROZEN_4_REAL_TEXTS },
    { folder: 'judgement-real-frozen-5', items: FROZEN_5_REAL_TEXTS },
    { folder: 'judgement-real-frozen-6', items: FROZEN_6_REAL_TEXTS },
  ],
  mustFind: [
    'judgement-real/working.ts',
    'judgement-real-frozen-2/frozen.ts',
    'judgement-real-frozen-3/frozen.ts',
    'judgement-real-frozen-4/frozen.ts',
    'judgement-real-frozen-5/frozen.ts',
    'judgement-real-frozen-6/frozen.ts',
    'real-corpus/specs/index.ts',
    'real-frozen/specs/index.ts',
    'real-frozen-2/specs/index.ts',
    'real-frozen-3/specs/index.ts',
    'real-frozen-4/specs/index.ts',
    'real-frozen-5/specs/index.ts',
    'real-frozen-6/specs/index.ts',
    'real-frozen-7/specs/index.ts',
    'real-frozen-8/specs/index.ts',
    'real-frozen-9/specs/index.ts',
    'real-frozen-10/specs/index.ts',
    'real-frozen-11/specs/index.ts',
    'real-frozen-12/specs/index.ts',
    'real-frozen-13/specs/index.ts',
  ],
  loosePageMatch: true,
});
