/** The annual complaints report: stage facts, SQL aggregation and exports. */
export * from './stage-facts.js';
export * from './annual-report.js';
export * from './records.js';
export * from './record-sections.js';
export * from './export/index.js';
export * from './drilldown.js';
