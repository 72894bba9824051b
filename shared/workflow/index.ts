export * from './actions';
export * from './checklist';
export * from './decide';
export * from './diff';
export * from './review';
export * from './roles';
export * from './states';
