// The model's public face: everything the state, scene, UI and CLI may use.
export * from './units';
export * from './random';
export * from './sources';
export * from './tissue';
export * from './devices';
export * from './wounds';
export * from './signals';
export * from './response';
export * from './kinetics';
export * from './healing';
export * from './curves';
export * from './course';
export * from './scenarios';
export * from './simulate';
export * from './punctures';
export * from './custom';
export * from './csv';
