export * from './cell-ref';
export * from './snapshot';
export * from './indicator';
export * from './issue';
export * from './results';
export * from './report-doc';
export * from './output-plan';
export * from './says-none';
