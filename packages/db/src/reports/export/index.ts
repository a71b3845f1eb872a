/** The report in the formats people read it in: Word, spreadsheet, CSV, and the charts they use. */
export * from './charts.js';
export * from './csv.js';
export * from './docx.js';
export * from './xlsx.js';
