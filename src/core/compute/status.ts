import { judgeIndicator, type Judgement } from '../judge';
import type { Indicator, Period, Status } from '../model';
import type { Benchmark } from './benchmark';

/**
 * The status of an indicator whose row has no error: the judgement module's verdict (src/core/judge), the one
 * validate and narrate also go by. 待核实 is decided in compute/index.ts, from the row's own errors.
 */
export function indicatorStatus(indicator: Indicator, period: Period, rate: number | null, benchmark: Benchmark | null, reportedInWords = false): Status {
  return indicatorJudgement(indicator, period, rate, benchmark, reportedInWords).verdict;
}

/** The status with its 判断依据 (evidence), for the results a report and analyze --json show. */
export function indicatorJudgement(indicator: Indicator, period: Period, rate: number | null, benchmark: Benchmark | null, reportedInWords = false): Judgement {
  return judgeIndicator(indicator, period, { rate, benchmark: benchmark?.value ?? null, reportedInWords });
}

/** Statuses that count as 完成 in rollups and as "on track or better" for all-or-nothing scoring. */
export function isDone(status: Status): boolean {
  return status === 'exceeded' || status === 'completed';
}

export function isOnTrackOrBetter(status: Status): boolean {
  return isDone(status) || status === 'on-track';
}
