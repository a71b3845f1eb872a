export * from './advocacy.js';
export * from './staff.js';
