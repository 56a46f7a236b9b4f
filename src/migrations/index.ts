import * as migration_20261122_091135_initial from './20261122_091135_initial';

export const migrations = [
  {
    up: migration_20261122_091135_initial.up,
    down: migration_20261122_091135_initial.down,
    name: '20261122_091135_initial'
  },
];
