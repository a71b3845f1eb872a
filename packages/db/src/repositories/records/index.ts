export * from './requests.js';
export * from './compliments.js';
export * from './comments.js';
export * from './enquiries.js';
export * from './ombudsman.js';
export * from './learning.js';
export * from './deadlines.js';
