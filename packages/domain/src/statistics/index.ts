/** Annual complaints report: stage facts, counting, the JSON contract and its tables. Pure. */
export * from './financial-year.js';
export * from './stage-facts.js';
export * from './report-contract.js';
export * from './codes.js';
export * from './figures.js';
export * from './assemble.js';
export * from './sentences.js';
export * from './tables.js';
export * from './sections.js';
export * from './drilldown.js';
export * from './context-figures.js';
