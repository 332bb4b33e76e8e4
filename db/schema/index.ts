export * from './audit';
export * from './organisation';
export * from './people';
export * from './surveys';
export * from './rollups';
export * from './rollup-pending';
export * from './actions';
export * from './notifications';
