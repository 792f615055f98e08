import * as migration_20261125_075036_schema from './20261125_075036_schema';

export const migrations = [
  {
    up: migration_20261125_075036_schema.up,
    down: migration_20261125_075036_schema.down,
    name: '20261125_075036_schema'
  },
];
