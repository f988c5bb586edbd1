import { WORKING_4_REAL_TEXTS } from '../fixtures/judgement-real/working-4';
import { describeWorkingSet } from './working-set-shape';

describeWorkingSet({ ordinal: '第四个', items: WORKING_4_REAL_TEXTS, file: 'judgement-real/working-4.ts', prefix: 'W4', minItems: 70, minPages: 20 });
