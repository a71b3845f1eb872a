/** Import of historic cases from CSV (docs/import-format.md). */
export * from './format.js';
export * from './cases.js';
export * from './import-cases.js';
