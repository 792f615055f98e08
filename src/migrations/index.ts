import * as migration_20261125_094253_schema from './20261125_094253_schema';

export const migrations = [
  {
    up: migration_20261125_094253_schema.up,
    down: migration_20261125_094253_schema.down,
    name: '20261125_094253_schema'
  },
];
