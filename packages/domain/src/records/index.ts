/** Compliments, comments, enquiries, Ombudsman cases and learning actions: their rules. */
export * from './timescales.js';
export * from './redaction.js';
export * from './reminders.js';
export * from './labels.js';
export * from './steps.js';
