export * from './advocacy.js';
export * from './staff.js';
export * from './advocates.js';
export * from './sign-in.js';
export * from './drafts.js';
