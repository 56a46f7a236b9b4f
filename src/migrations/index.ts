import * as migration_20261122_095829_initial from './20261122_095829_initial';

export const migrations = [
  {
    up: migration_20261122_095829_initial.up,
    down: migration_20261122_095829_initial.down,
    name: '20261122_095829_initial'
  },
];
