export * from './excel-limits';
export * from './plan-limits';
