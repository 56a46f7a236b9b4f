import * as migration_20261204_000815_initial from './20261204_000815_initial';
import * as migration_20261204_005821_organization_name_key from './20261204_005821_organization_name_key';

export const migrations = [
  {
    up: migration_20261204_000815_initial.up,
    down: migration_20261204_000815_initial.down,
    name: '20261204_000815_initial',
  },
  {
    up: migration_20261204_005821_organization_name_key.up,
    down: migration_20261204_005821_organization_name_key.down,
    name: '20261204_005821_organization_name_key'
  },
];
