import { WORKING_3_REAL_TEXTS } from '../fixtures/judgement-real/working-3';
import { describeWorkingSet } from './working-set-shape';

describeWorkingSet({ ordinal: '第三个', items: WORKING_3_REAL_TEXTS, file: 'judgement-real/working-3.ts', prefix: 'W3', minItems: 60, minPages: 18 });
